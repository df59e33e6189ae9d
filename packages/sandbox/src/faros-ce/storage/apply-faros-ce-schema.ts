import {
  type FarosCeTable,
  farosCeTableSql,
  farosCeTables,
  orderByReferences,
  pkeyFunctionSql,
} from '../schema/index.js';
import type { FarosCeDatabase } from './faros-ce-database.js';

/** What `applyFarosCeSchema` did. */
export interface AppliedFarosCeSchema {
  /** Whether it created the `pkey` function (false when one existed). */
  createdPkeyFunction: boolean;
  /** Tables it created, in creation order; empty when all existed. */
  createdTables: string[];
}

// Any constant shared by every process that applies the schema to one server.
const SCHEMA_LOCK_KEY = 461_927_035;

/**
 * Brings `db` up to our Faros CE schema, idempotently, in one transaction: creates the `pkey` function
 * if the current schema has none, and each missing table (with its comments, foreign keys and indexes)
 * after the tables it references. Tables that exist are left as they are, so a database that CE's own
 * migrations created is used as is. Concurrent callers on one server wait for each other.
 */
export async function applyFarosCeSchema(
  db: FarosCeDatabase,
  tables: readonly FarosCeTable[] = farosCeTables,
): Promise<AppliedFarosCeSchema> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    const existing = await tx.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_catalog.pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`,
    );
    const present = new Set(existing.rows.map((row) => row.name));
    const functions = await tx.query(
      `SELECT 1 FROM pg_catalog.pg_proc p
        WHERE p.proname = 'pkey' AND p.pronamespace = current_schema()::regnamespace`,
    );
    const createdPkeyFunction = functions.rows.length === 0;
    if (createdPkeyFunction) await tx.exec(pkeyFunctionSql);
    const missing = orderByReferences(tables.filter((table) => !present.has(table.name)));
    if (missing.length > 0) await tx.exec(missing.map(farosCeTableSql).join('\n'));
    return { createdPkeyFunction, createdTables: missing.map((table) => table.name) };
  });
}
