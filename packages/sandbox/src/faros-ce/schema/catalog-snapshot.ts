/** What `catalogSnapshot` needs of a database (a `FarosCeDatabase` fits). */
export interface CatalogReader {
  query<T>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
}

/** One column as `pg_catalog` describes it. */
export interface CatalogColumn {
  name: string;
  type: string;
  notNull: boolean;
  /** Default expression, for columns that aren't generated. */
  default: string | null;
  /** Generation expression as Postgres prints it back, for generated columns. */
  generated: string | null;
  comment: string | null;
}

/** One constraint (primary key, foreign key, unique, check) as `pg_catalog` describes it. */
export interface CatalogConstraint {
  name: string;
  definition: string;
}

/** A table as `pg_catalog` describes it; indexes are their definitions without their names. */
export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  constraints: CatalogConstraint[];
  indexes: string[];
}

/**
 * Describes tables of the current schema from `pg_catalog`, in a form two databases can be compared in:
 * columns in table order, constraints sorted by name, index definitions with the index name taken out
 * and sorted. Tables that don't exist are left out of the result. Test support for the schema checks.
 */
export async function catalogSnapshot(
  db: CatalogReader,
  tables: readonly string[],
): Promise<Map<string, CatalogTable>> {
  const snapshot = new Map<string, CatalogTable>();
  const columns = await db.query<CatalogColumn & { table: string }>(
    `SELECT c.relname AS "table", a.attname AS name,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS "default",
            CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END AS generated,
            col_description(c.oid, a.attnum) AS comment
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
        AND c.relname = ANY($1::text[])
      ORDER BY c.relname, a.attnum`,
    [[...tables]],
  );
  for (const { table, ...column } of columns.rows) {
    let entry = snapshot.get(table);
    if (entry === undefined) {
      entry = { name: table, columns: [], constraints: [], indexes: [] };
      snapshot.set(table, entry);
    }
    entry.columns.push(column);
  }
  const constraints = await db.query<CatalogConstraint & { table: string }>(
    `SELECT c.relname AS "table", k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])
      ORDER BY c.relname, k.conname`,
    [[...tables]],
  );
  for (const { table, ...constraint } of constraints.rows) {
    snapshot.get(table)?.constraints.push(constraint);
  }
  const indexes = await db.query<{ table: string; definition: string }>(
    `SELECT c.relname AS "table", pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])`,
    [[...tables]],
  );
  for (const { table, definition } of indexes.rows) {
    const unnamed = definition.replace(/^CREATE (UNIQUE )?INDEX (?:"[^"]+"|\S+) ON/, 'CREATE $1INDEX ON');
    snapshot.get(table)?.indexes.push(unnamed);
  }
  for (const entry of snapshot.values()) entry.indexes.sort();
  return snapshot;
}
