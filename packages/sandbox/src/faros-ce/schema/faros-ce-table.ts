/**
 * The shape of a Faros CE table definition, and the small helpers the per-namespace table lists are
 * written with. A definition states facts only (names, types, keys, references); the SQL is generated
 * from it by `farosCeTableSql`.
 */

/** Postgres column types that occur in Faros CE tables (`timestamptz` = `timestamp with time zone`). */
export type FarosCeColumnType = 'text' | 'integer' | 'bigint' | 'real' | 'boolean' | 'jsonb' | 'timestamptz';

/** How Postgres computes a generated column. */
export type FarosCeGeneration =
  | {
      /** The row id: the natural-key columns joined by `pkey(...)`. */
      readonly kind: 'naturalKey';
      readonly columns: readonly string[];
    }
  | {
      /** One field of a jsonb column of the same row (`source ->> key`, or `source -> key`). */
      readonly kind: 'jsonField';
      readonly source: string;
      readonly key: string;
      /** `text` reads the field as text (`->>`), `jsonb` as jsonb (`->`). */
      readonly extract: 'text' | 'jsonb';
    };

/** One column of a Faros CE table. */
export interface FarosCeColumn {
  readonly name: string;
  readonly type: FarosCeColumnType;
  readonly notNull: boolean;
  /** SQL default expression (only `refreshedAt` has one: `now()`). */
  readonly default?: string;
  /** Name of the table whose `id` this column holds; the column has a foreign key on it. */
  readonly references?: string;
  /** Set when Postgres computes the column; clients never write it. */
  readonly generated?: FarosCeGeneration;
  /**
   * Whether the column carries the comment `generated`, which Hasura shows as the field description and
   * which tells the Faros destination not to write the field. CE marks all generated columns but four.
   */
  readonly markedGenerated: boolean;
}

/** A secondary index of a Faros CE table, on one column. */
export interface FarosCeIndex {
  readonly column: string;
  /** `btree`, `gin` (jsonb), or `fullText` (a gin index over the column's English `tsvector`). */
  readonly method: 'btree' | 'gin' | 'fullText';
}

/** A Faros CE table: `<namespace>_<Model>`, its columns in table order, its natural key and its indexes. */
export interface FarosCeTable {
  readonly name: string;
  /** `vcs`, `tms`, `cicd`, `ims`, `qa`, `survey`, `faros` or `compute`. */
  readonly namespace: string;
  /** The model name after the namespace, e.g. `PullRequest`. */
  readonly model: string;
  /** Columns whose values, in this order, make up the id (`pkey(...)` arguments). */
  readonly naturalKey: readonly string[];
  /** Every column in table order, starting with `id`, `origin`, `refreshedAt`. */
  readonly columns: readonly FarosCeColumn[];
  readonly indexes: readonly FarosCeIndex[];
  /**
   * The name foreign-key, not-null and index names start with: the table's name, or the name CE created
   * the table under before renaming it (the primary key is always `<name>_pkey`).
   */
  readonly constraintPrefix: string;
}

/** A plain column in a table list: its type, with `!` for NOT NULL. */
export type PlainColumnSpec = FarosCeColumnType | `${FarosCeColumnType}!`;

/** A foreign-key column in a table list (made by `ref`). */
export interface ReferenceColumnSpec {
  readonly kind: 'ref';
  readonly table: string;
  readonly notNull: boolean;
}

/** A generated jsonb-field column in a table list (made by `fromJson`). */
export interface JsonFieldColumnSpec {
  readonly kind: 'jsonField';
  readonly source: string;
  readonly key: string;
  readonly extract: 'text' | 'jsonb';
  readonly type: 'text' | 'integer';
  readonly marked: boolean;
}

/** Any column spec accepted by `table`. */
export type ColumnSpec = PlainColumnSpec | ReferenceColumnSpec | JsonFieldColumnSpec;

/** What sets a table apart from CE's conventions; every written column not named here gets an index. */
export interface TableOptions {
  /** Written columns without an index. */
  readonly unindexed?: readonly string[];
  /** jsonb columns indexed with btree instead of gin. */
  readonly btree?: readonly string[];
  /** Text columns with an English full-text index. */
  readonly fullText?: readonly string[];
  /** The name the table's foreign-key and not-null constraints are named after, when not its own. */
  readonly constraintPrefix?: string;
  /** False when the id column lacks the `generated` comment. */
  readonly idMarkedGenerated?: boolean;
}

/** A text column holding the id of a row of `table`. */
export function ref(table: string, options: { notNull?: boolean } = {}): ReferenceColumnSpec {
  return { kind: 'ref', table, notNull: options.notNull ?? false };
}

/**
 * A generated column reading field `key` of jsonb column `source`. By default it is `text` read with
 * `->>`; `extract: 'jsonb'` reads with `->`, `as: 'integer'` casts the result; `marked: false` leaves out
 * the `generated` comment.
 */
export function fromJson(
  source: string,
  key: string,
  options: { extract?: 'text' | 'jsonb'; as?: 'text' | 'integer'; marked?: boolean } = {},
): JsonFieldColumnSpec {
  return {
    kind: 'jsonField',
    source,
    key,
    extract: options.extract ?? 'text',
    type: options.as ?? 'text',
    marked: options.marked ?? true,
  };
}

function columnFromSpec(name: string, spec: ColumnSpec): FarosCeColumn {
  if (typeof spec === 'string') {
    const notNull = spec.endsWith('!');
    const type = (notNull ? spec.slice(0, -1) : spec) as FarosCeColumnType;
    return { name, type, notNull, markedGenerated: false };
  }
  if (spec.kind === 'ref') {
    return {
      name,
      type: 'text',
      notNull: spec.notNull,
      references: spec.table,
      markedGenerated: false,
    };
  }
  const { source, key, extract } = spec;
  return {
    name,
    type: spec.type,
    notNull: false,
    generated: { kind: 'jsonField', source, key, extract },
    markedGenerated: spec.marked,
  };
}

function defaultIndex(column: FarosCeColumn): FarosCeIndex | undefined {
  if (column.generated !== undefined || column.name === 'refreshedAt') return undefined;
  return { column: column.name, method: column.type === 'jsonb' ? 'gin' : 'btree' };
}

/**
 * Defines a Faros CE table from its own columns (after the common `id`, `origin`, `refreshedAt`), its
 * natural key and how it departs from CE's conventions (indexes, constraint names, id comment). Throws on a name that is not a column of the table.
 */
export function table(
  name: string,
  naturalKey: readonly string[],
  columns: Readonly<Record<string, ColumnSpec>>,
  options: TableOptions = {},
): FarosCeTable {
  const separator = name.indexOf('_');
  if (separator <= 0) throw new Error(`Table name ${name} is not <namespace>_<Model>`);
  const own = Object.entries(columns).map(([column, spec]) => columnFromSpec(column, spec));
  const all: FarosCeColumn[] = [
    {
      name: 'id',
      type: 'text',
      notNull: true,
      generated: { kind: 'naturalKey', columns: naturalKey },
      markedGenerated: options.idMarkedGenerated ?? true,
    },
    { name: 'origin', type: 'text', notNull: false, markedGenerated: false },
    {
      name: 'refreshedAt',
      type: 'timestamptz',
      notNull: true,
      default: 'now()',
      markedGenerated: false,
    },
    ...own,
  ];
  const byName = new Map(all.map((column) => [column.name, column]));
  const check = (what: string, names: readonly string[], allowOrigin: boolean): void => {
    for (const column of names) {
      const known = own.some((c) => c.name === column) || (allowOrigin && column === 'origin');
      if (!known) throw new Error(`${name}: ${what} names ${column}, which is not a column it may name`);
    }
  };
  check('naturalKey', naturalKey, false);
  check('unindexed', options.unindexed ?? [], true);
  check('btree', options.btree ?? [], false);
  check('fullText', options.fullText ?? [], false);
  for (const column of own) {
    const generated = column.generated;
    if (generated?.kind === 'jsonField' && byName.get(generated.source)?.type !== 'jsonb') {
      throw new Error(`${name}.${column.name} is generated from ${generated.source}, not a jsonb column`);
    }
  }
  const unindexed = new Set(options.unindexed ?? []);
  const btree = new Set(options.btree ?? []);
  const indexes: FarosCeIndex[] = [];
  for (const column of all) {
    const index = unindexed.has(column.name) ? undefined : defaultIndex(column);
    if (index !== undefined) indexes.push(btree.has(column.name) ? { ...index, method: 'btree' } : index);
  }
  for (const column of options.fullText ?? []) indexes.push({ column, method: 'fullText' });
  return {
    name,
    namespace: name.slice(0, separator),
    model: name.slice(separator + 1),
    naturalKey,
    columns: all,
    indexes,
    constraintPrefix: options.constraintPrefix ?? name,
  };
}
