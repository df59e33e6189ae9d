import { mkdir } from 'node:fs/promises';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { FarosCeDatabase, FarosCeQueryable, FarosCeQueryResult } from './faros-ce-database.js';
import { toFarosCeDatabaseError } from './faros-ce-database-error.js';
import { postgresTextParsers } from './postgres-text-parsers.js';

const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/** Session settings both engines run with, so that values print the same way. */
export const SESSION_SETTINGS_SQL = "SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, MDY';";

function toResult<T>(results: Results<T>): FarosCeQueryResult<T> {
  const command = results.command?.toUpperCase();
  if (command === undefined || !WRITE_COMMANDS.has(command)) return { rows: results.rows };
  return { rows: results.rows, affectedRows: results.rowCount ?? results.affectedRows ?? 0 };
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toFarosCeDatabaseError(error);
  }
}

function queryable(target: PGlite | Transaction): FarosCeQueryable {
  return {
    query: <T>(sql: string, params: readonly unknown[] = []) =>
      guarded(async () => toResult(await target.query<T>(sql, [...params]))),
    exec: (sql: string) =>
      guarded(async () => {
        await target.exec(sql);
      }),
  };
}

/**
 * Opens a PGlite database, in memory, or persisted in `dataDir` (created when missing). Does not
 * apply the Faros CE schema; `openFarosCeDatabase` does.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<FarosCeDatabase> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const pglite = await guarded(() => PGlite.create(dataDir, { parsers: { ...postgresTextParsers } }));
  await guarded(() => pglite.exec(SESSION_SETTINGS_SQL));
  const { query, exec } = queryable(pglite);
  return {
    kind: 'pglite',
    query,
    exec,
    transaction: <T>(fn: (tx: FarosCeQueryable) => Promise<T>) =>
      guarded(() => pglite.transaction((tx) => fn(queryable(tx)))),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}
