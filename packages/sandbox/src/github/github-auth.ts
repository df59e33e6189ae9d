import type { GithubApp } from './github-app.js';
import type { GithubViewer } from './github-viewer.js';
import { GithubError } from './rest/github-error.js';

/** Who may call the simulator. */
export interface GithubAuthConfig {
  /** The personal access token, acting as `userLogin`. */
  readonly token: string;
  readonly userLogin: string;
  /** The user's numeric id (rate-limit messages name it). */
  readonly userId: number;
  readonly app: GithubApp;
  /** Repositories no credential can see (404, as private repositories one has no access to). */
  readonly hidden: ReadonlySet<string>;
}

/** An authenticated caller. */
export type GithubCaller =
  | {
      readonly kind: 'token' | 'installation';
      readonly viewer: GithubViewer;
      readonly credential: string;
      readonly label: string;
    }
  | { readonly kind: 'app'; readonly credential: string; readonly label: string };

const AUTH_DOCS = 'https://docs.github.com/rest';

/** The token of an `Authorization: Bearer <t>` or `token <t>` header, if any. */
export function tokenOf(header: string | undefined): string | undefined {
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Authenticates a request: the personal access token, an installation token, or (for `/app` routes) the
 * app's JWT. 401 "Requires authentication" without credentials, "Bad credentials" with wrong ones.
 */
export async function authenticate(
  header: string | undefined,
  config: GithubAuthConfig,
  now: number,
  wantsJwt: boolean,
): Promise<GithubCaller> {
  const token = tokenOf(header);
  if (token === undefined) throw new GithubError(401, 'Requires authentication', AUTH_DOCS);
  if (token === config.token) {
    const viewer: GithubViewer = {
      login: config.userLogin,
      kind: 'token',
      canSee: (fullName) => !config.hidden.has(fullName),
    };
    return { kind: 'token', viewer, credential: `user:${config.userId}`, label: `user ID ${config.userId}` };
  }
  const installation = config.app.installationToken(token, now);
  if (installation !== undefined) {
    const org = config.app.identity.org;
    const viewer: GithubViewer = {
      login: `${config.app.identity.slug}[bot]`,
      kind: 'installation',
      canSee: (fullName) =>
        fullName.split('/')[0] === org &&
        !config.hidden.has(fullName) &&
        (installation.repositories === undefined || installation.repositories.has(fullName)),
    };
    const id = installation.installationId;
    return { kind: 'installation', viewer, credential: `installation:${id}`, label: `installation ID ${id}` };
  }
  if (token.split('.').length === 3 && (await config.app.verifyJwt(token))) {
    return {
      kind: 'app',
      credential: `app:${config.app.identity.appId}`,
      label: `app ID ${config.app.identity.appId}`,
    };
  }
  if (wantsJwt && token.split('.').length === 3) {
    throw new GithubError(401, "'Expiration time' claim ('exp') is too far in the future", AUTH_DOCS);
  }
  throw new GithubError(401, 'Bad credentials', AUTH_DOCS);
}
