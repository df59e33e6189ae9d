/**
 * Storage of the local Faros CE: one `FarosCeDatabase` interface over PGlite (in memory or in a
 * directory) and Postgres, with our Faros CE schema applied.
 *
 * @packageDocumentation
 */
export { type AppliedFarosCeSchema, applyFarosCeSchema } from './apply-faros-ce-schema.js';
export type {
  FarosCeDatabase,
  FarosCeQueryable,
  FarosCeQueryResult,
  OpenFarosCeDatabaseOptions,
} from './faros-ce-database.js';
export { FarosCeDatabaseError } from './faros-ce-database-error.js';
export { openFarosCeDatabase } from './open-faros-ce-database.js';
export { openPgliteDatabase } from './open-pglite-database.js';
export { openPostgresDatabase } from './open-postgres-database.js';
export { formatTimestamp } from './postgres-text-parsers.js';
