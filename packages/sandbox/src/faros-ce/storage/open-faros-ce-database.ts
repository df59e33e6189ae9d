import { applyFarosCeSchema } from './apply-faros-ce-schema.js';
import type { FarosCeDatabase, OpenFarosCeDatabaseOptions } from './faros-ce-database.js';
import { openPgliteDatabase } from './open-pglite-database.js';
import { openPostgresDatabase } from './open-postgres-database.js';

/**
 * Opens the database of a local Faros CE and applies our schema to it (idempotently: only what is
 * missing is created). With no option it is a fresh PGlite database in memory; with `dataDir`, a PGlite
 * database persisted in that directory; with `postgresUrl`, a Postgres server through `pg`.
 *
 * PGlite takes a few seconds to start, and a first open creates the 86 tables. Close the database when
 * done: a PGlite directory is only complete after `close()`, and one directory must not be open twice.
 */
export async function openFarosCeDatabase(options: OpenFarosCeDatabaseOptions = {}): Promise<FarosCeDatabase> {
  const { dataDir, postgresUrl } = options;
  if (dataDir !== undefined && postgresUrl !== undefined) {
    throw new Error('openFarosCeDatabase: give dataDir or postgresUrl, not both');
  }
  const db = postgresUrl !== undefined ? await openPostgresDatabase(postgresUrl) : await openPgliteDatabase(dataDir);
  try {
    await applyFarosCeSchema(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
