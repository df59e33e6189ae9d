import type { GraphQLNamedType } from 'graphql';

/** Named types built once per schema, so mutually recursive types refer to one instance. */
export class TypeCache {
  readonly #types = new Map<string, GraphQLNamedType>();

  /** The cached type of that name, or the one `create` builds. */
  get<T extends GraphQLNamedType>(name: string, create: () => T): T {
    const existing = this.#types.get(name);
    if (existing) return existing as T;
    const created = create();
    this.#types.set(name, created);
    return created;
  }
}
