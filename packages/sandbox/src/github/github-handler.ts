import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from '../service/faulting-handler.js';
import { BodyError, readJsonBody } from '../service/http-json.js';
import type { GithubRepository, World } from '../world/index.js';
import { authenticate, type GithubAuthConfig, type GithubCaller } from './github-auth.js';
import type { GithubGraphqlEndpoint } from './graphql/index.js';
import { GithubError, notFound } from './rest/github-error.js';
import { matchRoute } from './rest/match-route.js';
import { type BudgetState, type RateBudgets, rateLimitHeaders } from './rest/rate-limits.js';
import type { RestAnswer, RestRoute } from './rest/rest-route.js';

/** What the GitHub handler serves and with what. */
export interface GithubHandlerOptions {
  readonly world: World;
  readonly routes: readonly RestRoute[];
  readonly auth: GithubAuthConfig;
  readonly budgets: RateBudgets;
  readonly graphql: GithubGraphqlEndpoint;
  readonly extraRepositories: readonly GithubRepository[];
  /** Real epoch ms (budgets, token expiry). */
  readonly now: () => number;
}

const RATE_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
const GHES_PREFIX = '/api/v3';

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const text = body === undefined || status === 304 || status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
    'content-length': Buffer.byteLength(text),
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

const errorAnswer = (error: GithubError): RestAnswer => ({ status: error.status, body: error.body() });

function secondaryLimit(retryAfter: number): RestAnswer {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfter) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: `${RATE_DOCS}#about-secondary-rate-limits`,
      status: '403',
    },
  };
}

/** The request path without the GHES prefix, and the API base it was addressed to. */
function locate(req: IncomingMessage): { url: URL; pathname: string; api: string; web: string } {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const web = url.origin;
  const ghes = url.pathname === GHES_PREFIX || url.pathname.startsWith(`${GHES_PREFIX}/`);
  const pathname = ghes ? url.pathname.slice(GHES_PREFIX.length) || '/' : url.pathname;
  return { url, pathname, api: ghes ? `${web}${GHES_PREFIX}` : web, web };
}

/** The GitHub simulator's HTTP handler: REST (also under `/api/v3`) and GraphQL (`/graphql`, `/api/graphql`). */
export function createGithubHandler(options: GithubHandlerOptions): RequestHandler {
  const { budgets, now } = options;

  const handleGraphql = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let caller: GithubCaller;
    try {
      caller = await authenticate(req.headers.authorization, options.auth, now(), false);
      if (caller.kind === 'app') throw new GithubError(403, 'Resource not accessible by integration');
    } catch (error) {
      if (!(error instanceof GithubError)) throw error;
      req.resume();
      const answer = errorAnswer(error);
      return send(res, answer.status, {}, answer.body);
    }
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      return send(
        res,
        400,
        {},
        { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' },
      );
    }
    const answer = await options.graphql.handle(body, caller.viewer, { webUrl: locate(req).web });
    const headers: Record<string, string> = { ...answer.headers };
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'x-ratelimit-limit')) {
      Object.assign(headers, rateLimitHeaders(budgets.take(caller.credential, 'graphql')));
    }
    send(res, answer.status, headers, answer.body);
  };

  const run = async (
    req: IncomingMessage,
    route: RestRoute,
    params: Record<string, string>,
    caller: GithubCaller & { kind: 'token' | 'installation' | 'app' },
    where: ReturnType<typeof locate>,
  ): Promise<RestAnswer> => {
    let body: unknown;
    if (req.method === 'POST') {
      try {
        body = await readJsonBody(req);
      } catch (error) {
        if (!(error instanceof BodyError)) throw error;
        throw new GithubError(400, 'Problems parsing JSON');
      }
    } else {
      req.resume();
    }
    const viewer =
      caller.kind === 'app'
        ? { login: options.auth.app.identity.slug, kind: 'installation' as const, canSee: () => false }
        : caller.viewer;
    const ctx = {
      world: options.world,
      api: where.api,
      web: where.web,
      viewer,
      extraRepositories: options.extraRepositories,
      memo: new Map<string, unknown>(),
    };
    return route.handle({
      ctx,
      params,
      query: where.url.searchParams,
      headers: req.headers,
      body,
      url: where.url,
      credential: caller.credential,
    });
  };

  const handleRest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const where = locate(req);
    const method = req.method ?? 'GET';
    const match = matchRoute(options.routes, method, where.pathname);
    if (match === undefined) {
      req.resume();
      return send(res, 404, {}, notFound().body());
    }
    const { route, params } = match;
    let caller: GithubCaller;
    try {
      caller = await authenticate(req.headers.authorization, options.auth, now(), route.auth === 'app');
      if (route.auth === 'app' && caller.kind !== 'app') {
        throw new GithubError(401, 'A JSON web token could not be decoded');
      }
      if (route.auth !== 'app' && caller.kind === 'app') {
        throw new GithubError(403, 'Resource not accessible by integration');
      }
      if (route.auth === 'installation' && caller.kind !== 'installation') {
        throw new GithubError(
          403,
          'You must authenticate with an installation access token in order to list repositories for an installation.',
        );
      }
    } catch (error) {
      if (!(error instanceof GithubError)) throw error;
      req.resume();
      const answer = errorAnswer(error);
      return send(res, answer.status, {}, answer.body);
    }
    const credential = caller.credential;
    if (route.free === true) {
      req.resume();
      const answer = await run(req, route, params, caller, where);
      return send(
        res,
        answer.status,
        { ...(answer.headers ?? {}), ...rateLimitHeaders(budgets.peek(credential, 'core')) },
        answer.body,
      );
    }
    if (!budgets.enter(credential)) {
      req.resume();
      const answer = secondaryLimit(60);
      return send(
        res,
        answer.status,
        { ...answer.headers, ...rateLimitHeaders(budgets.peek(credential, 'core')) },
        answer.body,
      );
    }
    try {
      const wait = budgets.secondaryWait(credential, `${method} ${route.path}`);
      if (wait > 0) {
        req.resume();
        const answer = secondaryLimit(wait);
        return send(
          res,
          answer.status,
          { ...answer.headers, ...rateLimitHeaders(budgets.peek(credential, 'core')) },
          answer.body,
        );
      }
      const before = budgets.peek(credential, 'core');
      if (before.remaining === 0) {
        req.resume();
        const body = {
          message: `API rate limit exceeded for ${caller.label}.`,
          documentation_url: RATE_DOCS,
          status: '403',
        };
        return send(res, 403, rateLimitHeaders(before), body);
      }
      let answer: RestAnswer;
      try {
        answer = await run(req, route, params, caller, where);
      } catch (error) {
        if (!(error instanceof GithubError)) throw error;
        answer = errorAnswer(error);
      }
      const headers: Record<string, string> = { ...(answer.headers ?? {}) };
      if (method === 'GET' && answer.status === 200) {
        const etag = `W/"${createHash('sha256')
          .update(`${credential}\n${JSON.stringify(answer.body)}`)
          .digest('hex')}"`;
        headers.etag = etag;
        headers['cache-control'] = 'private, max-age=60, s-maxage=60';
        headers.vary = 'Accept, Authorization, Cookie, X-GitHub-OTP';
        const sent = req.headers['if-none-match'];
        if (sent !== undefined && sent.split(',').some((tag) => tag.trim() === etag)) {
          // A 304 is free: GitHub does not count it against the limit.
          return send(res, 304, { ...headers, ...rateLimitHeaders(budgets.peek(credential, 'core')) }, undefined);
        }
      }
      const state: BudgetState = budgets.take(credential, 'core');
      return send(res, answer.status, { ...headers, ...rateLimitHeaders(state) }, answer.body);
    } finally {
      budgets.leave(credential);
    }
  };

  return async (req, res) => {
    const where = locate(req);
    const graphqlPath = where.url.pathname === '/graphql' || where.url.pathname === '/api/graphql';
    if (graphqlPath && req.method === 'POST') return handleGraphql(req, res);
    return handleRest(req, res);
  };
}
