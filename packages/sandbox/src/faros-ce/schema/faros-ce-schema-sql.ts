import type { FarosCeColumn, FarosCeIndex, FarosCeTable } from './faros-ce-table.js';
import { farosCeTables } from './faros-ce-tables.js';

/**
 * The id function of the schema: its arguments joined by `|`, a NULL argument written as the empty
 * string. `pkey('GitHub', 'faros-ai')` is `GitHub|faros-ai`; `pkey(NULL, 'u1')` is `|u1`. It has to be
 * called `pkey` and take `VARIADIC text[]`: clients (the Faros destination) read the natural key back
 * from the id column's generation expression, `pkey(VARIADIC ARRAY[...])`.
 */
export const pkeyFunctionSql = `CREATE FUNCTION pkey(VARIADIC parts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string(parts, '|', '') $$`;

/** Double-quotes an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A natural-key part as text: jsonb in Postgres's own text form, timestamps as UTC epoch milliseconds. */
function keyPartSql(column: FarosCeColumn): string {
  const name = quoteIdentifier(column.name);
  if (column.type === 'jsonb') return `${name}::text`;
  if (column.type === 'timestamptz') {
    return `trunc(extract(epoch from ${name} at time zone 'UTC') * 1000)::text`;
  }
  if (column.type !== 'text') return `${name}::text`;
  return name;
}

function generationSql(table: FarosCeTable, column: FarosCeColumn): string | undefined {
  const generated = column.generated;
  if (generated === undefined) return undefined;
  if (generated.kind === 'naturalKey') {
    const parts = generated.columns.map((name) => {
      const part = table.columns.find((c) => c.name === name);
      if (part === undefined) throw new Error(`${table.name}: no key column ${name}`);
      return keyPartSql(part);
    });
    return `pkey(${parts.join(', ')})`;
  }
  const operator = generated.extract === 'text' ? '->>' : '->';
  const field = `${quoteIdentifier(generated.source)} ${operator} ${quoteLiteral(generated.key)}`;
  return column.type === 'integer' ? `(${field})::integer` : field;
}

function columnSql(table: FarosCeTable, column: FarosCeColumn): string {
  const parts = [quoteIdentifier(column.name), column.type];
  const generation = generationSql(table, column);
  if (generation !== undefined) parts.push(`GENERATED ALWAYS AS (${generation}) STORED`);
  // Constraints are named by Postgres's own rule unless CE named them after a former table name.
  const named = (suffix: string): string =>
    table.constraintPrefix === table.name
      ? ''
      : `CONSTRAINT ${quoteIdentifier(`${table.constraintPrefix}_${column.name}_${suffix}`)} `;
  if (column.notNull) parts.push(`${named('not_null')}NOT NULL`);
  if (column.name === 'id') parts.push('PRIMARY KEY');
  if (column.default !== undefined) parts.push(`DEFAULT ${column.default}`);
  if (column.references !== undefined) {
    parts.push(`${named('fkey')}REFERENCES ${quoteIdentifier(column.references)} ("id")`);
  }
  return parts.join(' ');
}

function indexSql(table: FarosCeTable, index: FarosCeIndex): string {
  const name = quoteIdentifier(`${table.constraintPrefix}_${index.column}_idx`);
  const column = quoteIdentifier(index.column);
  const on = `ON ${quoteIdentifier(table.name)}`;
  if (index.method === 'fullText') {
    return `CREATE INDEX ${name} ${on} USING gin (to_tsvector('english', ${column}));`;
  }
  return `CREATE INDEX ${name} ${on} USING ${index.method} (${column});`;
}

/**
 * The SQL that creates one table: `CREATE TABLE` with its id, generated columns and foreign keys, the
 * `generated` column comments, and its indexes. The tables it references must exist.
 */
export function farosCeTableSql(table: FarosCeTable): string {
  const name = quoteIdentifier(table.name);
  const columns = table.columns.map((column) => `  ${columnSql(table, column)}`);
  const statements = [`CREATE TABLE ${name} (\n${columns.join(',\n')}\n);`];
  for (const column of table.columns) {
    if (column.markedGenerated) {
      statements.push(`COMMENT ON COLUMN ${name}.${quoteIdentifier(column.name)} IS 'generated';`);
    }
  }
  for (const index of table.indexes) statements.push(indexSql(table, index));
  return statements.join('\n');
}

/**
 * Sorts tables so that each comes after the tables it references (self-references aside), keeping
 * the given order otherwise. Referenced tables missing from `tables` are assumed to exist already.
 */
export function orderByReferences(tables: readonly FarosCeTable[]): FarosCeTable[] {
  const pending = new Map(tables.map((t) => [t.name, t]));
  const ordered: FarosCeTable[] = [];
  const visiting = new Set<string>();
  const visit = (table: FarosCeTable): void => {
    if (!pending.has(table.name)) return;
    if (visiting.has(table.name)) throw new Error(`Reference cycle through ${table.name}`);
    visiting.add(table.name);
    for (const column of table.columns) {
      const parent = column.references === undefined ? undefined : pending.get(column.references);
      if (parent !== undefined && parent !== table) visit(parent);
    }
    visiting.delete(table.name);
    pending.delete(table.name);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/**
 * The whole schema as one SQL script: the `pkey` function, then every table (all of `farosCeTables`
 * unless `tables` is given) in an order that satisfies the foreign keys. For an empty database; use
 * `applyFarosCeSchema` from storage to bring an existing one up to date idempotently.
 */
export function farosCeSchemaSql(tables: readonly FarosCeTable[] = farosCeTables): string {
  const body = orderByReferences(tables).map(farosCeTableSql);
  return [`${pkeyFunctionSql};`, ...body].join('\n\n');
}
