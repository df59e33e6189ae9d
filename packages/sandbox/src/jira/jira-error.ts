/** An error answer as Jira shapes it: `{"errorMessages": [...], "errors": {...}}`. */
export class JiraError extends Error {
  override readonly name = 'JiraError';

  constructor(
    readonly status: number,
    readonly errorMessages: readonly string[],
    readonly errors: Readonly<Record<string, string>> = {},
    /** Extra response headers (`X-Seraph-LoginReason` …). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
  }

  /** The JSON body. */
  body(): { errorMessages: readonly string[]; errors: Readonly<Record<string, string>> } {
    return { errorMessages: this.errorMessages, errors: this.errors };
  }
}

/** Jira's 404 for an issue that doesn't exist or that the caller can't see. */
export const issueNotFound = (): JiraError =>
  new JiraError(404, ['Issue does not exist or you do not have permission to see it.']);

/** A 400 for a query parameter Jira can't read. */
export const badParameter = (name: string, value: string): JiraError =>
  new JiraError(400, [`The value '${value}' is not valid for the '${name}' parameter.`]);
