import type { RunningFarosCe } from '../start-faros-ce.js';

/** A JSON answer and its HTTP status. */
export interface JsonAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** POSTs JSON to a path of a running local Faros CE, with its admin secret unless `secret` says otherwise. */
export async function postJson(
  ce: RunningFarosCe,
  path: string,
  body: unknown,
  secret: string | null = ce.adminSecret,
): Promise<JsonAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-hasura-role': 'admin' };
  if (secret !== null) headers['x-hasura-admin-secret'] = secret;
  const response = await fetch(`${ce.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Sends a GraphQL request to `/v1/graphql` and returns the response body. */
export async function graphql(
  ce: RunningFarosCe,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return (await postJson(ce, '/v1/graphql', { query, variables })).body;
}

/** Sends a GraphQL request that must succeed and returns its `data`. */
export async function graphqlData(
  ce: RunningFarosCe,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const body = await graphql(ce, query, variables);
  if (!('data' in body)) throw new Error(`GraphQL request failed: ${JSON.stringify(body)}`);
  return body.data as Record<string, unknown>;
}
