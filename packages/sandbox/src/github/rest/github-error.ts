/** The documentation page GitHub links from its REST errors. */
export const REST_DOCS = 'https://docs.github.com/rest';

/** One entry of a 422's `errors`. */
export interface ValidationEntry {
  readonly resource: string;
  readonly field: string;
  readonly code: string;
  readonly message?: string;
}

/** An error answer as GitHub shapes it: `{message, documentation_url, status}` (and `errors` on 422). */
export class GithubError extends Error {
  override readonly name = 'GithubError';
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl: string = REST_DOCS,
    readonly errors?: readonly ValidationEntry[],
  ) {
    super(message);
  }

  /** The answer's body. */
  body(): Record<string, unknown> {
    const body: Record<string, unknown> = { message: this.message, documentation_url: this.documentationUrl };
    if (this.errors !== undefined) body.errors = this.errors;
    body.status = String(this.status);
    return body;
  }
}

/** GitHub's 404 (also for what the credential may not see). */
export const notFound = (): GithubError => new GithubError(404, 'Not Found');

/** A 422 "Validation Failed" for an invalid value of a query parameter. */
export function invalidParameter(resource: string, field: string, value: string): GithubError {
  return new GithubError(422, 'Validation Failed', REST_DOCS, [
    { resource, field, code: 'invalid', message: `${value} is not a valid value for ${field}` },
  ]);
}
