import { HasuraError, isPostgresError, type SqlDatabase } from '../graphql/index.js';
import { splitSqlStatements } from './split-sql-statements.js';

/** The answer of `run_sql`: rows as text with a header row, or `CommandOk` for statements without rows. */
export type RunSqlResult =
  | { readonly result_type: 'TuplesOk'; readonly result: (string | null)[][] }
  | { readonly result_type: 'CommandOk'; readonly result: null };

const TRANSACTION_CONTROL =
  /^(begin|start|commit|end|rollback|abort|savepoint|release|prepare|set\s+(session\s+characteristics|transaction))\b/i;
const RETURNS_ROWS = /^(select|with|values|table|show|explain|fetch)\b/i;

/**
 * Runs `run_sql` the way the sandbox allows it: always read-only (one `READ ONLY` transaction, whatever
 * `read_only` says), so a write fails with Postgres's "cannot execute ... in a read-only transaction" as
 * Hasura's `postgres-error`. Transaction control statements are refused. Several statements may be given;
 * the result is the last one's, values in text form (`t`/`f` booleans, JSON text for json, ISO timestamps).
 */
export async function runSql(db: SqlDatabase, sql: string): Promise<RunSqlResult> {
  const statements = splitSqlStatements(sql);
  const control = statements.find((statement) => TRANSACTION_CONTROL.test(statement));
  if (control !== undefined) {
    throw new HasuraError(
      'not-supported',
      'transaction control statements are not allowed in run_sql here',
      '$.args.sql',
    );
  }
  try {
    return await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      let last: RunSqlResult = { result_type: 'CommandOk', result: null };
      for (const statement of statements) {
        const { rows } = await tx.query<Record<string, unknown>>(statement);
        if (!RETURNS_ROWS.test(statement) && rows.length === 0) {
          last = { result_type: 'CommandOk', result: null };
          continue;
        }
        const header = Object.keys(rows[0] ?? {});
        last = {
          result_type: 'TuplesOk',
          result: [header, ...rows.map((row) => header.map((name) => asText(row[name])))],
        };
      }
      return last;
    });
  } catch (error) {
    if (!isPostgresError(error)) throw error;
    throw new HasuraError('postgres-error', 'query execution failed', '$', 400, {
      arguments: [],
      error: {
        description: error.detail ?? null,
        exec_status: 'FatalError',
        hint: error.hint ?? null,
        message: error.message,
        status_code: error.code,
      },
      prepared: false,
      statement: sql,
    });
  }
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
