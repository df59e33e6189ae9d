/** Rows of one statement, as the storage layer returns them. */
export interface SqlQueryResult<T> {
  rows: T[];
  affectedRows?: number;
}

/** Something that runs one parameterised SQL statement (a database or an open transaction). */
export interface SqlQueryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlQueryResult<T>>;
}

/**
 * The part of the storage layer's `FarosCeDatabase` the GraphQL engine and the server use:
 * statements, and transactions that roll back when their callback throws.
 */
export interface SqlDatabase extends SqlQueryable {
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}
