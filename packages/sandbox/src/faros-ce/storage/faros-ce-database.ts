/**
 * One interface over the two engines the local Faros CE runs on: PGlite (in memory or in a directory)
 * and a real Postgres reached through `pg`.
 *
 * Values in result rows are the same on both engines:
 * - `timestamptz` as an ISO 8601 string in UTC, the way Postgres writes it in JSON and Hasura returns it:
 *   `2024-05-01T10:34:56.789+00:00` (microseconds kept when present; `infinity` as is);
 * - `timestamp` as `2024-05-01T10:34:56.789`, `date` as `2024-05-01`;
 * - `jsonb`/`json` parsed; `bigint` (`int8`, e.g. `count(*)`) as a number when it is a safe integer,
 *   otherwise as its decimal string; `numeric` as its decimal string; `integer`, `real` as numbers;
 *   arrays as arrays of the same.
 *
 * Parameters are `$1`, `$2`, ...: strings, numbers, booleans, `null`, `Date`s, arrays for array-typed
 * parameters (`= ANY($1::text[])`), and, for `jsonb` parameters, a JSON string or a plain object. Pass
 * a JSON array for a `jsonb` parameter as a string (`JSON.stringify`): `pg` sends a JS array as a
 * Postgres array literal.
 *
 * Statement errors are thrown as `FarosCeDatabaseError` (with the SQLSTATE in `code`).
 */

/** The result of one statement. */
export interface FarosCeQueryResult<T> {
  /** Result rows as objects keyed by column name (empty for a statement without rows). */
  rows: T[];
  /** Rows inserted, updated or deleted by an INSERT, UPDATE, DELETE or MERGE; absent for others. */
  affectedRows?: number;
}

/** What can run statements: the database itself, or an open transaction. */
export interface FarosCeQueryable {
  /** Runs one statement with optional parameters `$1`, `$2`, ... */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<FarosCeQueryResult<T>>;
  /** Runs a script of one or more statements, without parameters. */
  exec(sql: string): Promise<void>;
}

/** A database holding the Faros CE schema. */
export interface FarosCeDatabase extends FarosCeQueryable {
  /** `pglite` for the in-process engine, `postgres` for a server reached by URL. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when `fn` resolves, rolled back when it throws (the error
   * is rethrown). Run the transaction's statements through `tx`, not through the database: on PGlite,
   * other statements wait until the transaction ends.
   */
  transaction<T>(fn: (tx: FarosCeQueryable) => Promise<T>): Promise<T>;
  /** Closes the database (PGlite writes its directory out; the `pg` pool ends). */
  close(): Promise<void>;
}

/** Where the database lives. With neither option, it is a fresh PGlite database in memory. */
export interface OpenFarosCeDatabaseOptions {
  /** A directory for a persistent PGlite database; created when missing, reopened otherwise. */
  dataDir?: string;
  /** A Postgres connection URL (`postgres://user:password@host:port/database`). */
  postgresUrl?: string;
}
