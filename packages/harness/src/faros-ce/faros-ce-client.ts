/** Where a Faros CE's Hasura answers, and its admin secret. */
export interface FarosCeEndpoint {
  readonly url: string;
  readonly adminSecret: string;
}

/** A row of a `run_sql` answer: column name to text value (null for SQL NULL). */
export type SqlRow = Readonly<Record<string, string | null>>;

/** A Faros CE answer that was not a success, with Hasura's own message. */
export class FarosCeQueryError extends Error {
  override readonly name = 'FarosCeQueryError';
}

async function post(endpoint: FarosCeEndpoint, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(new URL(path, endpoint.url.replace(/\/?$/, '/')), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': endpoint.adminSecret },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FarosCeQueryError(`Faros CE answered ${response.status} with a body that is not JSON`);
  }
  if (!response.ok) throw new FarosCeQueryError(`Faros CE answered ${response.status}: ${hasuraMessage(parsed)}`);
  return parsed;
}

// Hasura's errors: `{error, code}` from /v2/query, `{errors: [{message}]}` from GraphQL; Postgres detail inside.
function hasuraMessage(body: unknown): string {
  const b = body as { error?: string; internal?: { error?: { message?: string } }; errors?: { message?: string }[] };
  const pg = b.internal?.error?.message;
  if (b.error) return pg ? `${b.error}: ${pg}` : b.error;
  return b.errors?.map((e) => e.message).join('; ') ?? JSON.stringify(body);
}

/** Runs read-only SQL through Hasura's `run_sql` (`/v2/query`); rows keyed by column name. */
export async function runSql(endpoint: FarosCeEndpoint, sql: string): Promise<SqlRow[]> {
  const body = (await post(endpoint, 'v2/query', { type: 'run_sql', args: { sql, read_only: true } })) as {
    result_type?: string;
    result?: (string | null)[][] | null;
  };
  if (body.result_type !== 'TuplesOk' || !body.result) return [];
  const [header = [], ...rows] = body.result;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i] ?? null])));
}

/** Runs a GraphQL query; returns `data`, or throws with the errors' messages. */
export async function runGraphql(
  endpoint: FarosCeEndpoint,
  query: string,
  variables?: Readonly<Record<string, unknown>>,
): Promise<unknown> {
  const body = (await post(endpoint, 'v1/graphql', { query, variables })) as { data?: unknown; errors?: unknown };
  if (body.errors !== undefined) throw new FarosCeQueryError(hasuraMessage(body));
  return body.data;
}

/** True when the text reads as GraphQL (`{ ... }`, `query`, `subscription`) rather than SQL. */
export function isGraphql(text: string): boolean {
  return /^\s*(\{|query\b|subscription\b)/i.test(text);
}
