import type { IncomingHttpHeaders } from 'node:http';
import type { GithubContext } from './github-context.js';

/** A REST request after authentication, as a route sees it. */
export interface RestRequest {
  readonly ctx: GithubContext;
  /** Path parameters by their template name (`owner`, `repo`, `pull_number`...), decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The JSON body of a POST (undefined when empty). */
  readonly body: unknown;
  /** The request's own absolute URL (for Link headers). */
  readonly url: URL;
  /** The rate-limit budget key of the caller. */
  readonly credential: string;
}

/** A route's answer before the server adds rate-limit headers and an ETag. */
export interface RestAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One operation of the REST API. */
export interface RestRoute {
  readonly method: 'GET' | 'POST';
  /** The path template, as in GitHub's OpenAPI description (`/repos/{owner}/{repo}/pulls`). */
  readonly path: string;
  /** How the request must be authenticated: a token (default), the app's JWT, or an installation token. */
  readonly auth?: 'token' | 'app' | 'installation';
  /** Not counted against the primary rate limit (`/rate_limit`). */
  readonly free?: boolean;
  handle(req: RestRequest): RestAnswer | Promise<RestAnswer>;
}

/** A JSON answer with status 200 (or `status`). */
export const ok = (body: unknown, status = 200): RestAnswer => ({ status, body });
