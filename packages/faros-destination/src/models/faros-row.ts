/** A JSON value, as a `jsonb` column holds it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A reference to another Faros CE row by its natural key. The writer turns it into the parent's `id` with
 * CE's `pkey` rule (key values in natural-key order joined with `|`, null as empty, a reference key
 * segment being the parent's own id), so a converter never computes ids itself.
 */
export class FarosRef {
  /** The referenced table, e.g. `vcs_Repository`. */
  readonly model: string;
  /** The referenced row's natural key columns (nested references allowed). */
  readonly key: Readonly<Record<string, FarosValue>>;

  constructor(model: string, key: Readonly<Record<string, FarosValue>>) {
    this.model = model;
    this.key = key;
  }
}

/** A column value: scalars (timestamps as ISO 8601 strings), JSON for `jsonb` columns, or a reference. */
export type FarosValue = JsonValue | FarosRef;

/** One Faros CE row a converter produces. */
export interface FarosRow {
  /** The Faros CE table, e.g. `vcs_PullRequest`. */
  readonly model: string;
  /**
   * The columns this row carries: its natural key columns and whatever the record knows. A column left
   * out is left alone in the database (never reset to a default). `id`, `origin` and `refreshedAt` are
   * the writer's business and must not appear.
   */
  readonly values: Readonly<Record<string, FarosValue>>;
  /**
   * True for a row the stream merely points at (the user who authored a PR, the commit a build built):
   * it is written with its key alone, never takes `origin`, and is never deleted by this stream's resets.
   */
  readonly referenceOnly?: boolean;
}

/** A reference to the row of `model` with natural key `key`. */
export function ref(model: string, key: Readonly<Record<string, FarosValue>>): FarosRef {
  return new FarosRef(model, key);
}

/** A row of `model` that the stream owns. */
export function row(model: string, values: Readonly<Record<string, FarosValue>>): FarosRow {
  return { model, values };
}

/** A key-only row of `model` that the stream merely references, so the reference resolves. */
export function referenceRow(model: string, key: Readonly<Record<string, FarosValue>>): FarosRow {
  return { model, values: key, referenceOnly: true };
}
