import pg from 'pg';
import type { FarosCeDatabase, FarosCeQueryable, FarosCeQueryResult } from './faros-ce-database.js';
import { toFarosCeDatabaseError } from './faros-ce-database-error.js';
import { postgresArrayElementOids, postgresTextParsers } from './postgres-text-parsers.js';

const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);
const TEXT_ARRAY_OID = 1009;

type Parse = (text: string) => unknown;
// pg-types' declaration only admits the OIDs of its enum; it returns a parser for any OID.
const pgTypeParser = pg.types.getTypeParser as (oid: number, format: 'text' | 'binary') => Parse;

function mapNested(value: unknown, parse: Parse): unknown {
  if (Array.isArray(value)) return value.map((item) => mapNested(item, parse));
  return typeof value === 'string' ? parse(value) : value;
}

/** `pg`'s parsers, with ours (and arrays of ours) in place of its own for the types we format. */
function getTypeParser(oid: number, format: 'text' | 'binary' = 'text'): Parse {
  if (format === 'text') {
    const own = postgresTextParsers[oid];
    if (own !== undefined) return own;
    const element = postgresArrayElementOids[oid];
    const parseElement = element === undefined ? undefined : postgresTextParsers[element];
    if (parseElement !== undefined) {
      const parseTextArray = pgTypeParser(TEXT_ARRAY_OID, 'text');
      return (text) => mapNested(parseTextArray(text), parseElement);
    }
  }
  return pgTypeParser(oid, format);
}

function toResult<T>(result: pg.QueryResult): FarosCeQueryResult<T> {
  const rows = result.rows as T[];
  if (!WRITE_COMMANDS.has(result.command)) return { rows };
  return { rows, affectedRows: result.rowCount ?? 0 };
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toFarosCeDatabaseError(error);
  }
}

function queryable(target: pg.Pool | pg.PoolClient): FarosCeQueryable {
  return {
    query: <T>(sql: string, params?: readonly unknown[]) =>
      guarded(async () =>
        toResult<T>(await (params === undefined ? target.query(sql) : target.query(sql, [...params]))),
      ),
    exec: (sql: string) =>
      guarded(async () => {
        await target.query(sql);
      }),
  };
}

/**
 * Opens a pool of connections to the Postgres server at `url`. Each connection runs with time zone
 * UTC and ISO dates. Does not apply the Faros CE schema; `openFarosCeDatabase` does.
 */
export async function openPostgresDatabase(url: string): Promise<FarosCeDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    options: '-c TimeZone=UTC -c DateStyle=ISO,MDY',
    types: { getTypeParser },
    max: 10,
  });
  // An idle connection that breaks is dropped by the pool; the next statement reports the problem.
  pool.on('error', () => undefined);
  try {
    await guarded(() => pool.query('SELECT 1'));
  } catch (error) {
    await pool.end();
    throw error;
  }
  const { query, exec } = queryable(pool);
  return {
    kind: 'postgres',
    query,
    exec,
    transaction: async <T>(fn: (tx: FarosCeQueryable) => Promise<T>) => {
      const client = await guarded(() => pool.connect());
      let broken: Error | undefined;
      try {
        await guarded(() => client.query('BEGIN'));
        const result = await fn(queryable(client));
        await guarded(() => client.query('COMMIT'));
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
