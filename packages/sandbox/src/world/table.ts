/**
 * Read access to one kind of entity of the world: lookups by natural key and by id, and the
 * entities of one group (e.g. the pull requests of one repository) in creation order.
 *
 * Arrays returned by {@link ReadonlyTable.group} are live views: `advance` may change them, so copy
 * one if you hold it across an advance.
 */
export interface ReadonlyTable<T> extends Iterable<T> {
  /** How many entities the table holds. */
  readonly size: number;
  /** The entity with this natural key (formats: `worldKeys`). */
  get(key: string): T | undefined;
  has(key: string): boolean;
  /** The entity with this id, for tables whose entities have one (otherwise always undefined). */
  byId(id: number | string): T | undefined;
  /** Natural keys in table order: creation order within each scope (e.g. repository), scopes in creation order. */
  keys(): IterableIterator<string>;
  /** Entities in table order. */
  values(): IterableIterator<T>;
  /** The entities of one group (e.g. `owner/name` for repository children), in creation order. */
  group(groupKey: string): readonly T[];
  /** The groups that hold at least one entity. */
  groupKeys(): IterableIterator<string>;
  /** The natural key of an entity of this table. */
  keyOf(entity: T): string;
}

/** Options of a table. */
export interface TableOptions<T> {
  /** The group an entity belongs to (e.g. its repository's full name). */
  readonly groupOf?: (entity: T) => string;
  /** The entity's id, for lookups with `byId` (the index is built on first use). */
  readonly idOf?: (entity: T) => number | string;
}

/**
 * How a scoped table's natural keys are made: a scope (e.g. the repository) and a local key the
 * entity already holds (a sha, a number), so the table stores no key strings of its own.
 */
export interface KeyShape<T> {
  scope(entity: T): string;
  local(entity: T): string | number;
  join(scope: string, local: string | number): string;
  /** Scope and local key of a natural key, or undefined if it does not have this shape. */
  split(key: string): readonly [string, string | number] | undefined;
}

const EMPTY: readonly never[] = Object.freeze([]);

/** The world's storage of one entity kind: keyed, optionally grouped and id-indexed. */
export abstract class Table<T> implements ReadonlyTable<T> {
  private readonly groups = new Map<string, T[]>();
  private ids: Map<number | string, T> | undefined;
  private count = 0;

  constructor(private readonly options: TableOptions<T>) {}

  abstract get(key: string): T | undefined;
  abstract keys(): IterableIterator<string>;
  /** All natural keys in table order, as one array (faster than spreading `keys()`). */
  abstract keyArray(): string[];
  abstract values(): IterableIterator<T>;
  abstract keyOf(entity: T): string;
  protected abstract store(entity: T): boolean;
  protected abstract unstore(key: string): T | undefined;

  get size(): number {
    return this.count;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  byId(id: number | string): T | undefined {
    const { idOf } = this.options;
    if (!idOf) return undefined;
    if (!this.ids) {
      this.ids = new Map();
      for (const e of this.values()) this.ids.set(idOf(e), e);
    }
    return this.ids.get(id);
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this.values();
  }

  group(groupKey: string): readonly T[] {
    return this.groups.get(groupKey) ?? EMPTY;
  }

  groupKeys(): IterableIterator<string> {
    return this.groups.keys();
  }

  /** Adds an entity; throws if its key is taken (a generator bug). */
  insert(entity: T): T {
    if (!this.store(entity)) throw new Error(`Table: duplicate key ${this.keyOf(entity)}`);
    this.count++;
    const { groupOf, idOf } = this.options;
    if (groupOf) {
      const g = groupOf(entity);
      const list = this.groups.get(g);
      if (list) list.push(entity);
      else this.groups.set(g, [entity]);
    }
    if (idOf && this.ids) this.ids.set(idOf(entity), entity);
    return entity;
  }

  /** Removes the entity with this key and returns it (undefined if absent). */
  remove(key: string): T | undefined {
    const entity = this.unstore(key);
    if (entity === undefined) return undefined;
    this.count--;
    const { groupOf, idOf } = this.options;
    if (groupOf) {
      const g = groupOf(entity);
      const list = this.groups.get(g);
      const i = list ? list.indexOf(entity) : -1;
      if (list && i >= 0) list.splice(i, 1);
      if (list && list.length === 0) this.groups.delete(g);
    }
    if (idOf && this.ids) this.ids.delete(idOf(entity));
    return entity;
  }

  /** Changes an entity's key or group: removes it, applies `change`, and inserts it again. */
  rekey(entity: T, change: (entity: T) => void): void {
    this.remove(this.keyOf(entity));
    change(entity);
    this.insert(entity);
  }
}

/** A table keyed by one string per entity (for kinds with few entities). */
export class FlatTable<T> extends Table<T> {
  private readonly byKey = new Map<string, T>();

  constructor(
    private readonly keyFn: (entity: T) => string,
    options: TableOptions<T> = {},
  ) {
    super(options);
  }

  get(key: string): T | undefined {
    return this.byKey.get(key);
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  keyArray(): string[] {
    return [...this.byKey.keys()];
  }

  values(): IterableIterator<T> {
    return this.byKey.values();
  }

  keyOf(entity: T): string {
    return this.keyFn(entity);
  }

  protected store(entity: T): boolean {
    const key = this.keyFn(entity);
    if (this.byKey.has(key)) return false;
    this.byKey.set(key, entity);
    return true;
  }

  protected unstore(key: string): T | undefined {
    const entity = this.byKey.get(key);
    if (entity !== undefined) this.byKey.delete(key);
    return entity;
  }
}

/** A table keyed by scope and local key (for kinds with many entities, such as commits). */
export class ScopedTable<T> extends Table<T> {
  private readonly scopes = new Map<string, Map<string | number, T>>();

  constructor(
    private readonly shape: KeyShape<T>,
    options: TableOptions<T> = {},
  ) {
    super(options);
  }

  get(key: string): T | undefined {
    const parts = this.shape.split(key);
    return parts && this.scopes.get(parts[0])?.get(parts[1]);
  }

  *keys(): IterableIterator<string> {
    for (const [scope, entities] of this.scopes)
      for (const local of entities.keys()) yield this.shape.join(scope, local);
  }

  keyArray(): string[] {
    const out: string[] = [];
    for (const [scope, entities] of this.scopes)
      for (const local of entities.keys()) out.push(this.shape.join(scope, local));
    return out;
  }

  *values(): IterableIterator<T> {
    for (const entities of this.scopes.values()) yield* entities.values();
  }

  keyOf(entity: T): string {
    return this.shape.join(this.shape.scope(entity), this.shape.local(entity));
  }

  protected store(entity: T): boolean {
    const scope = this.shape.scope(entity);
    const local = this.shape.local(entity);
    let entities = this.scopes.get(scope);
    if (!entities) {
      entities = new Map();
      this.scopes.set(scope, entities);
    }
    if (entities.has(local)) return false;
    entities.set(local, entity);
    return true;
  }

  protected unstore(key: string): T | undefined {
    const parts = this.shape.split(key);
    if (!parts) return undefined;
    const entities = this.scopes.get(parts[0]);
    const entity = entities?.get(parts[1]);
    if (entities && entity !== undefined) {
      entities.delete(parts[1]);
      if (entities.size === 0) this.scopes.delete(parts[0]);
    }
    return entity;
  }
}
