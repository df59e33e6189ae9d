/** The HTTP status of an Octokit request error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** The `type`s of a GraphQL error answer (`NOT_FOUND`, `FORBIDDEN`...). */
function graphqlTypes(error: unknown): string[] {
  if (error === null || typeof error !== 'object') return [];
  const errors = (error as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => (e !== null && typeof e === 'object' ? String((e as { type?: unknown }).type) : ''));
}

/** A repository or organisation that isn't there (404, GraphQL NOT_FOUND), is gone (410) or is empty (409). */
export function isMissing(error: unknown): boolean {
  const status = statusOf(error);
  return status === 404 || status === 409 || status === 410 || graphqlTypes(error).includes('NOT_FOUND');
}

/** An endpoint the credentials may not use (403, GraphQL FORBIDDEN or INSUFFICIENT_SCOPES; e.g. Actions disabled, no admin rights). */
export function isForbidden(error: unknown): boolean {
  const types = graphqlTypes(error);
  return statusOf(error) === 403 || types.includes('FORBIDDEN') || types.includes('INSUFFICIENT_SCOPES');
}
