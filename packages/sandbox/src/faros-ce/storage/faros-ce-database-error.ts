/** The fields Postgres reports with an error (both PGlite and `pg` expose them on their errors). */
interface PostgresErrorFields {
  severity?: string;
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
  schema?: string;
  table?: string;
  column?: string;
  dataType?: string;
  constraint?: string;
}

/**
 * An error Postgres raised for a statement, the same on both engines. `code` is the SQLSTATE
 * (`23505` unique violation, `23503` foreign-key violation, `22P02` invalid input, `42P01` unknown
 * table, ...); the other fields are set when Postgres reports them.
 */
export class FarosCeDatabaseError extends Error {
  override readonly name = 'FarosCeDatabaseError';
  readonly code: string;
  readonly severity?: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly position?: string;
  readonly schema?: string;
  readonly table?: string;
  readonly column?: string;
  readonly dataType?: string;
  readonly constraint?: string;

  constructor(message: string, fields: PostgresErrorFields & { code: string }, cause?: unknown) {
    super(message, { cause });
    this.code = fields.code;
    this.severity = fields.severity;
    this.detail = fields.detail;
    this.hint = fields.hint;
    this.position = fields.position;
    this.schema = fields.schema;
    this.table = fields.table;
    this.column = fields.column;
    this.dataType = fields.dataType;
    this.constraint = fields.constraint;
  }
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

function isPostgresError(error: unknown): error is Error & PostgresErrorFields & { code: string } {
  return (
    error instanceof Error &&
    'severity' in error &&
    'code' in error &&
    typeof error.code === 'string' &&
    SQLSTATE.test(error.code)
  );
}

/** Turns an engine's statement error into a `FarosCeDatabaseError`; other errors are returned as is. */
export function toFarosCeDatabaseError(error: unknown): unknown {
  if (error instanceof FarosCeDatabaseError || !isPostgresError(error)) return error;
  return new FarosCeDatabaseError(error.message, error, error);
}
