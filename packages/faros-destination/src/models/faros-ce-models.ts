import generated from './faros-ce-models.json' with { type: 'json' };

/** How a natural-key column is rendered into the `pkey` id. */
export type KeyPartKind = 'plain' | 'reference' | 'jsonb' | 'epochMillis';

/** One column of a Faros CE table that clients write. */
export interface ModelColumn {
  /** The Postgres type, e.g. `text`, `jsonb`, `timestamp with time zone`. */
  readonly type: string;
  readonly nullable: boolean;
  /** For a reference column: the table whose `id` it holds. */
  readonly references?: string;
}

/** A Faros CE table as the destination needs it. */
export interface FarosModel {
  readonly name: string;
  /** The natural key in `pkey` order. */
  readonly key: readonly { readonly column: string; readonly kind: KeyPartKind }[];
  /** Writable columns other than `origin` and `refreshedAt` (never `id`). */
  readonly columns: Readonly<Record<string, ModelColumn>>;
  /** Hasura array relationships pointing at this table: a row with any of them is referenced. */
  readonly backReferences: readonly {
    readonly relationship: string;
    readonly table: string;
    readonly column: string;
  }[];
}

/** The Faros CE models, generated from the CE schema reference (`scripts/generate-models.mjs`). */
export const FAROS_CE_MODELS: ReadonlyMap<string, FarosModel> = new Map(
  Object.entries(generated.models).map(([name, model]) => [name, { name, ...(model as Omit<FarosModel, 'name'>) }]),
);

/** The model named `name`, or undefined when Faros CE has no such table. */
export function farosModel(name: string): FarosModel | undefined {
  return FAROS_CE_MODELS.get(name);
}
