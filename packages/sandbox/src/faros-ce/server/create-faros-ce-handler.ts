import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGraphqlEngine, type GraphqlEngine, HasuraError, type SqlDatabase } from '../graphql/index.js';
import { checkAdminSecret } from './check-admin-secret.js';
import { handleMetadata } from './handle-metadata.js';
import { readJsonBody, sendJson, sendText } from './http-json.js';
import { runSql } from './run-sql.js';

/** A plain Node HTTP request handler. */
export type FarosCeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** What {@link createFarosCeHandler} serves. */
export interface FarosCeHandlerOptions {
  /** The database holding the CE tables (the storage layer's `FarosCeDatabase`, or anything like it). */
  readonly db: SqlDatabase;
  /** The secret every `/v1/graphql`, `/v1/metadata` and `/v2/query` call must send in `X-Hasura-Admin-Secret`. */
  readonly adminSecret: string;
  /** An engine already built over `db`; built from the database's catalog when absent. */
  readonly engine?: GraphqlEngine | Promise<GraphqlEngine>;
}

/** The Hasura version `/v1/version` reports: the one Faros CE runs. */
export const HASURA_VERSION = 'v2.1.1';

/**
 * A request handler that answers like Hasura v2 in front of Faros CE: `POST /v1/graphql` (also batched),
 * `POST /v1/metadata` (`export_metadata`, `reload_metadata`), `POST /v2/query` (`run_sql`, read-only),
 * `GET /healthz` and `GET /v1/version`. The admin secret is checked on the three APIs; like Hasura, `/healthz`
 * and `/v1/version` are open. The GraphQL schema is built from the database's catalog when the handler is created.
 */
export function createFarosCeHandler(options: FarosCeHandlerOptions): FarosCeHandler {
  const { db, adminSecret } = options;
  const engine = Promise.resolve(options.engine ?? createGraphqlEngine(db));
  engine.catch(() => undefined);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method ?? 'GET';
    if (path === '/healthz') {
      const healthy = await engine.then(
        () => true,
        () => false,
      );
      return sendText(res, healthy ? 200 : 500, healthy ? 'OK' : 'ERROR');
    }
    if (path === '/v1/version') return sendJson(res, 200, { version: HASURA_VERSION });
    const api = API_PATHS[path];
    if (!api) return sendJson(res, 404, new HasuraError('not-found', 'resource does not exist').toApiError());
    const graphql = api === 'graphql';
    try {
      if (method !== 'POST') throw new HasuraError('method-not-allowed', 'only POST method is allowed', '$', 405);
      checkAdminSecret(req.headers, adminSecret);
      const body = await readJsonBody(req);
      if (api === 'graphql') {
        const ready = await engine;
        const answer = Array.isArray(body)
          ? await Promise.all(body.map((one: unknown) => ready.execute(one)))
          : await ready.execute(body);
        return sendJson(res, 200, answer);
      }
      if (api === 'metadata') return sendJson(res, 200, await handleMetadata(await engine, body));
      return sendJson(res, 200, await handleQuery(db, body));
    } catch (error) {
      const failure =
        error instanceof HasuraError
          ? error
          : new HasuraError('unexpected', 'internal error', '$', 500, { error: String(error) });
      if (graphql) return sendJson(res, 200, { errors: [failure.toGraphqlError()] });
      return sendJson(res, failure.status, failure.toApiError());
    }
  }

  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { path: '$', error: String(error), code: 'unexpected' });
      else res.destroy();
    });
  };
}

const API_PATHS: Readonly<Record<string, 'graphql' | 'metadata' | 'query'>> = {
  '/v1/graphql': 'graphql',
  '/v1/metadata': 'metadata',
  '/v2/query': 'query',
};

async function handleQuery(db: SqlDatabase, body: unknown): Promise<unknown> {
  const request = (typeof body === 'object' && body !== null ? body : {}) as {
    type?: unknown;
    args?: { sql?: unknown };
  };
  if (request.type !== 'run_sql') {
    throw new HasuraError(
      'not-supported',
      `query type ${JSON.stringify(request.type)} is not supported here (only run_sql)`,
      '$.type',
    );
  }
  if (typeof request.args?.sql !== 'string') throw new HasuraError('parse-failed', 'key "sql" not found', '$.args');
  return runSql(db, request.args.sql);
}
