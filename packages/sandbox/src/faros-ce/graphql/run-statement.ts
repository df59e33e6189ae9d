import type { SelectionScope } from './compile-selection.js';
import { quoteIdent, quoteName, SqlBuilder } from './sql-builder.js';
import type { SqlQueryable } from './sql-database.js';

/** A selection scope without a statement yet, plus the transaction statements run in. */
export interface ExecutionScope extends Omit<SelectionScope, 'sql'> {
  readonly tx: SqlQueryable;
}

/** Builds the JSON of one affected row, given the statement's scope and the alias of the affected rows. */
export type RowJsonBuilder = (scope: SelectionScope, alias: string) => string;

/** What a data-modifying statement did: the row count, the rows' JSON (when asked) and their key columns. */
export interface ModificationResult {
  readonly affected: number;
  readonly rows: unknown[];
  readonly keys: Record<string, unknown>[];
}

/** Runs `SELECT (<expression>)` for a JSON-valued expression and returns the parsed value (`null` for SQL NULL). */
export async function queryJson(scope: ExecutionScope, build: (scope: SelectionScope) => string): Promise<unknown> {
  const statement: SelectionScope = { ...scope, sql: new SqlBuilder() };
  const expression = build(statement);
  const result = await scope.tx.query<{ j: string | null }>(`SELECT (${expression})::text AS j`, statement.sql.params);
  const text = result.rows[0]?.j;
  return text === null || text === undefined ? null : JSON.parse(text);
}

/**
 * Runs an `INSERT`/`UPDATE`/`DELETE` (built without its `RETURNING`) in a CTE and reads back the number of rows,
 * their JSON and their key columns in one round trip; relationships in the JSON see the database as it was
 * before the statement, as in Hasura.
 */
export async function runModification(
  scope: ExecutionScope,
  build: (scope: SelectionScope) => string,
  rowJson?: RowJsonBuilder,
  keyColumns: readonly string[] = [],
): Promise<ModificationResult> {
  const statement: SelectionScope = { ...scope, sql: new SqlBuilder() };
  const modification = build(statement);
  const alias = statement.sql.alias();
  const outputs = ['count(*)::int AS n'];
  if (rowJson) outputs.push(`coalesce(json_agg(${rowJson(statement, alias)}), '[]'::json)::text AS j`);
  if (keyColumns.length > 0) {
    const pairs = keyColumns.map((name) => `${quoteName(name)}, ${alias}.${quoteIdent(name)}`).join(', ');
    outputs.push(`coalesce(json_agg(json_build_object(${pairs})), '[]'::json)::text AS k`);
  }
  const sql = `WITH ${alias} AS (${modification} RETURNING *) SELECT ${outputs.join(', ')} FROM ${alias}`;
  const result = await scope.tx.query<{ n: number; j?: string; k?: string }>(sql, statement.sql.params);
  const row = result.rows[0];
  return {
    affected: Number(row?.n ?? 0),
    rows: row?.j ? (JSON.parse(row.j) as unknown[]) : [],
    keys: row?.k ? (JSON.parse(row.k) as Record<string, unknown>[]) : [],
  };
}
