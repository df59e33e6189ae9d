import { HasuraError } from './hasura-error.js';

/** The fields of a Postgres error that both drivers (PGlite, pg) expose. */
interface PostgresErrorFields {
  readonly code: string;
  readonly message: string;
  readonly detail?: string;
  readonly hint?: string;
}

/** Whether an error came from Postgres (it carries a five-character SQLSTATE). */
export function isPostgresError(error: unknown): error is PostgresErrorFields {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

const INTEGRITY_PREFIX: Readonly<Record<string, string>> = {
  '23001': 'Can not delete or update due to data being referred. ',
  '23502': 'Not-NULL violation. ',
  '23503': 'Foreign key violation. ',
  '23505': 'Uniqueness violation. ',
  '23P01': 'Exclusion violation. ',
};

/**
 * Classifies a failed statement the way Hasura v2 does for GraphQL operations: integrity violations are
 * `constraint-violation` (with Hasura's message prefixes; a check violation is `permission-error`), data
 * exceptions are `data-exception`, syntax/access-rule errors are `constraint-error`, and anything else is
 * `unexpected` "database query error" with the Postgres error under `internal`.
 */
export function fromDatabaseError(error: unknown, path = '$'): HasuraError {
  if (error instanceof HasuraError) return error;
  if (!isPostgresError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new HasuraError('unexpected', 'database query error', path, 500, { error: { message } });
  }
  const { code, message } = error;
  if (code === '23514') return new HasuraError('permission-error', `Check constraint violation. ${message}`, path);
  if (code.startsWith('23'))
    return new HasuraError('constraint-violation', `${INTEGRITY_PREFIX[code] ?? ''}${message}`, path);
  if (code === '22025') return new HasuraError('bad-request', message, path);
  if (code.startsWith('22')) return new HasuraError('data-exception', message, path);
  if (code === '42P10') {
    return new HasuraError('constraint-error', 'there is no unique or exclusion constraint on target column(s)', path);
  }
  if (code.startsWith('42')) return new HasuraError('constraint-error', message, path);
  return new HasuraError('unexpected', 'database query error', path, 500, {
    error: {
      description: error.detail ?? null,
      exec_status: 'FatalError',
      hint: error.hint ?? null,
      message,
      status_code: code,
    },
    prepared: true,
  });
}
