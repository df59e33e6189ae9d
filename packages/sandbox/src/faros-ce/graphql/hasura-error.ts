/** Error codes Hasura v2 puts in `extensions.code` (the ones this endpoint produces). */
export type HasuraErrorCode =
  | 'validation-failed'
  | 'parse-failed'
  | 'invalid-json'
  | 'constraint-violation'
  | 'constraint-error'
  | 'permission-error'
  | 'data-exception'
  | 'bad-request'
  | 'access-denied'
  | 'not-supported'
  | 'not-found'
  | 'method-not-allowed'
  | 'postgres-error'
  | 'unexpected';

/** A GraphQL error as Hasura v2 writes it in `errors`. */
export interface HasuraGraphqlError {
  readonly message: string;
  readonly extensions: { readonly path: string; readonly code: string; readonly internal?: unknown };
}

/** An error of the metadata and query APIs (`/v1/metadata`, `/v2/query`), as Hasura v2 writes it. */
export interface HasuraApiError {
  readonly path: string;
  readonly error: string;
  readonly code: string;
  readonly internal?: unknown;
}

/** A failure with Hasura's code, JSON path, HTTP status (for the non-GraphQL APIs) and optional internal detail. */
export class HasuraError extends Error {
  constructor(
    readonly code: HasuraErrorCode,
    message: string,
    readonly path = '$',
    readonly status = 400,
    readonly internal?: unknown,
  ) {
    super(message);
    this.name = 'HasuraError';
  }

  /** The `errors[]` entry of a GraphQL response. */
  toGraphqlError(): HasuraGraphqlError {
    const extensions = { path: this.path, code: this.code };
    return {
      message: this.message,
      extensions: this.internal === undefined ? extensions : { ...extensions, internal: this.internal },
    };
  }

  /** The body of a metadata/query API error. */
  toApiError(): HasuraApiError {
    const body = { path: this.path, error: this.message, code: this.code };
    return this.internal === undefined ? body : { ...body, internal: this.internal };
  }
}
