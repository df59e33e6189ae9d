/** One column of a table, as read from `pg_catalog`. */
export interface ColumnInfo {
  readonly name: string;
  /** `format_type()` of the column, usable in a cast: `text`, `timestamp with time zone`, `jsonb`, ... */
  readonly sqlType: string;
  /** `pg_type.typname`: `text`, `int4`, `int8`, `float4`, `bool`, `jsonb`, `timestamptz`, ... */
  readonly typeName: string;
  readonly nullable: boolean;
  readonly defaultExpression: string | null;
  /** `GENERATED ALWAYS AS (...) STORED` or an identity column: never written by clients. */
  readonly generated: boolean;
  readonly generationExpression: string | null;
  readonly comment: string | null;
}

/** A primary key or unique constraint. */
export interface KeyConstraint {
  readonly name: string;
  readonly columns: readonly string[];
}

/** A foreign key of this table to another (or the same) table. */
export interface ForeignKeyInfo {
  readonly name: string;
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
}

/**
 * A Hasura relationship. `columnMapping` pairs a column of this table with the column of the remote table
 * it equals: for an object relationship the foreign key column and the parent's key, for an array
 * relationship this table's key and the child's foreign key column.
 */
export interface RelationshipInfo {
  readonly name: string;
  readonly kind: 'object' | 'array';
  readonly remoteTable: string;
  readonly columnMapping: readonly (readonly [local: string, remote: string])[];
}

/** One tracked table. */
export interface TableInfo {
  readonly name: string;
  readonly schema: string;
  readonly comment: string | null;
  readonly columns: readonly ColumnInfo[];
  readonly primaryKey: KeyConstraint | null;
  readonly uniqueConstraints: readonly KeyConstraint[];
  readonly foreignKeys: readonly ForeignKeyInfo[];
  readonly objectRelationships: readonly RelationshipInfo[];
  readonly arrayRelationships: readonly RelationshipInfo[];
}

/** Every tracked table of the database, by name. */
export interface TableCatalog {
  readonly tables: ReadonlyMap<string, TableInfo>;
}

/** Looks a table up, failing loudly for a name the catalog does not hold. */
export function requireTable(catalog: TableCatalog, name: string): TableInfo {
  const table = catalog.tables.get(name);
  if (!table) throw new Error(`table ${name} is not in the catalog`);
  return table;
}

/** Looks a column up by name. */
export function findColumn(table: TableInfo, name: string): ColumnInfo | undefined {
  return table.columns.find((column) => column.name === name);
}

/** Looks a relationship (object or array) up by name. */
export function findRelationship(table: TableInfo, name: string): RelationshipInfo | undefined {
  return (
    table.objectRelationships.find((rel) => rel.name === name) ??
    table.arrayRelationships.find((rel) => rel.name === name)
  );
}
