import { nameRelationships } from './name-relationships.js';
import type { SqlQueryable } from './sql-database.js';
import type { ColumnInfo, ForeignKeyInfo, KeyConstraint, TableCatalog, TableInfo } from './table-catalog.js';

/** Which tables {@link loadTableCatalog} tracks. */
export interface LoadTableCatalogOptions {
  /** Postgres schema to read; `public` by default (CE tracks every public table). */
  readonly schema?: string;
}

interface TableRow {
  oid: number;
  name: string;
  comment: string | null;
}

interface ColumnRow {
  table_oid: number;
  name: string;
  sql_type: string;
  type_name: string;
  not_null: boolean;
  default_expression: string | null;
  generated: string;
  identity: string;
  comment: string | null;
}

interface ConstraintRow {
  table_oid: number;
  name: string;
  kind: 'p' | 'u' | 'f';
  columns: string;
  referenced_table: string | null;
  referenced_columns: string | null;
}

/**
 * Reads tables, columns (type, nullability, default, generation, comment), primary keys, unique constraints and
 * foreign keys from `pg_catalog`, and names the relationships by CE's rules. Tables named `flyway_*` are left
 * out, as CE's init leaves them untracked.
 */
export async function loadTableCatalog(db: SqlQueryable, options: LoadTableCatalogOptions = {}): Promise<TableCatalog> {
  const schema = options.schema ?? 'public';
  const tables = (await db.query<TableRow>(TABLES_SQL, [schema])).rows.filter((t) => !t.name.startsWith('flyway_'));
  const oids = new Set(tables.map((t) => Number(t.oid)));
  const columns = (await db.query<ColumnRow>(COLUMNS_SQL, [schema])).rows.filter((c) => oids.has(Number(c.table_oid)));
  const constraints = (await db.query<ConstraintRow>(CONSTRAINTS_SQL, [schema])).rows;

  const partial = tables.map((table) => {
    const own = constraints.filter((c) => Number(c.table_oid) === Number(table.oid));
    const keys = (kind: 'p' | 'u'): KeyConstraint[] =>
      own.filter((c) => c.kind === kind).map((c) => ({ name: c.name, columns: splitNames(c.columns) }));
    const foreignKeys: ForeignKeyInfo[] = own
      .filter((c) => c.kind === 'f' && c.referenced_table !== null)
      .map((c) => ({
        name: c.name,
        columns: splitNames(c.columns),
        referencedTable: c.referenced_table ?? '',
        referencedColumns: splitNames(c.referenced_columns ?? ''),
      }));
    return {
      name: table.name,
      schema,
      comment: table.comment,
      columns: columns.filter((c) => Number(c.table_oid) === Number(table.oid)).map(toColumnInfo),
      primaryKey: keys('p')[0] ?? null,
      uniqueConstraints: keys('u'),
      foreignKeys: foreignKeys.filter((fk) => tables.some((t) => t.name === fk.referencedTable)),
    };
  });
  const named = nameRelationships(partial);
  const result = new Map<string, TableInfo>();
  for (const table of partial) {
    result.set(table.name, {
      ...table,
      objectRelationships: named.objectRelationships.get(table.name) ?? [],
      arrayRelationships: named.arrayRelationships.get(table.name) ?? [],
    });
  }
  return { tables: result };
}

function toColumnInfo(row: ColumnRow): ColumnInfo {
  const generated = row.generated === 's';
  return {
    name: row.name,
    sqlType: row.sql_type,
    typeName: row.type_name,
    nullable: !row.not_null,
    defaultExpression: generated ? null : row.default_expression,
    generated: generated || row.identity === 'a',
    generationExpression: generated ? row.default_expression : null,
    comment: row.comment,
  };
}

/** Names are joined with a separator no identifier of ours contains, so no array parsing is needed. */
const SEP = '\u001f';
function splitNames(joined: string): string[] {
  return joined === '' ? [] : joined.split(SEP);
}

const TABLES_SQL = `
SELECT c.oid::int AS oid, c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
ORDER BY c.relname`;

const COLUMNS_SQL = `
SELECT a.attrelid::int AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS sql_type,
  t.typname AS type_name, a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default_expression,
  a.attgenerated::text AS generated, a.attidentity::text AS identity, col_description(a.attrelid, a.attnum) AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`;

const CONSTRAINTS_SQL = `
SELECT con.conrelid::int AS table_oid, con.conname AS name, con.contype::text AS kind,
  (SELECT string_agg(a.attname, E'\\x1f' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num) AS columns,
  fc.relname AS referenced_table,
  (SELECT string_agg(a.attname, E'\\x1f' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
     JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num) AS referenced_columns
FROM pg_constraint con
JOIN pg_namespace n ON n.oid = con.connamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
WHERE n.nspname = $1 AND con.contype IN ('p', 'u', 'f')
ORDER BY con.conrelid, con.conname`;
