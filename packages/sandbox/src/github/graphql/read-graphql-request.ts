/** A GraphQL request body once read. */
export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly operationName: string | undefined;
}

/** Why a body is refused with 400, in GitHub's words. */
export interface GraphqlRequestProblem {
  readonly problem: string;
}

/**
 * Reads a POST body: raw text or bytes (parsed as JSON) or an already parsed value. `variables`
 * may also arrive as a JSON string, which GitHub accepts too.
 */
export function readGraphqlRequest(body: unknown): GraphqlRequest | GraphqlRequestProblem {
  let value = body;
  if (typeof value === 'string' || value instanceof Uint8Array) {
    const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
    try {
      value = JSON.parse(text);
    } catch {
      return { problem: 'Problems parsing JSON' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'Problems parsing JSON' };
  const fields = value as Record<string, unknown>;
  if (typeof fields.query !== 'string') return { problem: 'A query attribute must be specified and must be a string.' };
  let variables = fields.variables ?? {};
  if (typeof variables === 'string') {
    try {
      variables = variables.trim() === '' ? {} : JSON.parse(variables);
    } catch {
      return { problem: 'Problems parsing JSON' };
    }
  }
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    return { problem: 'Variables must be a JSON object.' };
  }
  const operationName = typeof fields.operationName === 'string' ? fields.operationName : undefined;
  return { query: fields.query, variables: variables as Record<string, unknown>, operationName };
}
