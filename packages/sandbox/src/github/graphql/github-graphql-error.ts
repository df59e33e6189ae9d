import { GraphQLError } from 'graphql';

/** GitHub's error types (`errors[].type`) that the simulator answers with. */
export type GithubGraphqlErrorType =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'MISSING_PAGINATION_BOUNDARIES'
  | 'EXCESSIVE_PAGINATION'
  | 'MAX_NODE_LIMIT_EXCEEDED'
  | 'INVALID_CURSOR_ARGUMENTS'
  | 'UNSUPPORTED_BY_SANDBOX';

/** One entry of a GitHub GraphQL `errors` array, in GitHub's key order. */
export interface GithubGraphqlErrorJson {
  readonly type?: string;
  readonly path?: readonly (string | number)[];
  readonly locations?: readonly { readonly line: number; readonly column: number }[];
  readonly message: string;
}

/** A GraphQL error that GitHub reports with a top-level `type` (NOT_FOUND, FORBIDDEN, …). */
export class GithubGraphqlError extends GraphQLError {
  constructor(
    readonly type: GithubGraphqlErrorType,
    message: string,
    path?: readonly (string | number)[],
  ) {
    super(message, path ? { path } : {});
  }
}

/** A graphql-js error as GitHub writes it: `type` (when it has one), `path`, `locations`, `message`. */
export function toGithubErrorJson(error: GraphQLError): GithubGraphqlErrorJson {
  const original = error.originalError;
  const typed = error instanceof GithubGraphqlError ? error : original instanceof GithubGraphqlError ? original : null;
  return {
    ...(typed ? { type: typed.type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations.map(({ line, column }) => ({ line, column })) } : {}),
    message: error.message,
  };
}
