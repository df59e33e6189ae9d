/**
 * Storage of the local Faros CE: one `FarosCeDatabase` interface over PGlite (in memory or in a
 * directory) and Postgres, with our Faros CE schema applied.
 *
 * @packageDocumentation
 */
export { type AppliedFarosCeSchema, applyFarosCeSchema } from './applyFarosCeSchema.js';
export type {
  FarosCeDatabase,
  FarosCeQueryable,
  FarosCeQueryResult,
  OpenFarosCeDatabaseOptions,
} from './farosCeDatabase.js';
export { FarosCeDatabaseError } from './farosCeDatabaseError.js';
export { openFarosCeDatabase } from './openFarosCeDatabase.js';
export { openPgliteDatabase } from './openPgliteDatabase.js';
export { openPostgresDatabase } from './openPostgresDatabase.js';
export { formatTimestamp } from './postgresTextParsers.js';
