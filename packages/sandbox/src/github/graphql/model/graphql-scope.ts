import type { GithubRepository, World } from '../../../world/index.js';
import type { GithubViewer } from '../../github-viewer.js';

/** A GraphQL object as the default field resolver reads it: values, or functions of the field's arguments. */
export type GqlObject = { readonly __typename: string } & Record<string, unknown>;

/** The `rateLimit` figures of the running query. */
export interface RateLimitFigures {
  readonly limit: number;
  readonly cost: number;
  readonly remaining: number;
  readonly used: number;
  readonly resetAt: number;
  readonly nodeCount: number;
}

/** What every object builder of one request needs. */
export interface GraphqlScope {
  readonly world: World;
  readonly viewer: GithubViewer;
  /** Base of `url` fields (the web root, no trailing slash). */
  readonly web: string;
  readonly rateLimit: RateLimitFigures;
  /** Commit ancestries by `repo@sha`, shared across requests (a sha's history never changes). */
  readonly histories: Map<string, readonly string[]>;
  /** Repositories outside the world's tables that `repository(owner:, name:)` resolves (see `extraRepositories`). */
  readonly extraRepositories?: readonly GithubRepository[];
}

/** An epoch-ms time as GitHub's `DateTime` writes it: ISO 8601 to the second, `Z`. */
export function iso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `iso`, or null. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}

/** The avatar URL GitHub gives an account (the same path the REST simulator uses). */
export function avatarUrl(scope: GraphqlScope, id: number): string {
  return `${scope.web}/avatars/u/${id}?v=4`;
}

/** A node id in GitHub's legacy format for ids that are not one number (`06:Commit<repoId>:<sha>`). */
export function compositeNodeId(typeName: string, ...parts: readonly (string | number)[]): string {
  return Buffer.from(`0${typeName.length}:${typeName}${parts.join(':')}`, 'utf8').toString('base64');
}

/** A `databaseId` (GraphQL `Int`, 32 bits): null for ids past 2^31 − 1, which only `fullDatabaseId` holds. */
export function intOrNull(id: number): number | null {
  return id <= 2_147_483_647 ? id : null;
}

/** Text as GitHub's `*HTML` fields render it: escaped, in a paragraph. */
export function html(text: string | null): string {
  if (!text) return '';
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<p>${escaped}</p>`;
}

/** How the author of a comment relates to the repository (`CommentAuthorAssociation`). */
export function authorAssociation(scope: GraphqlScope, repo: string, login: string | null): string {
  if (login === null) return 'NONE';
  const owner = repo.slice(0, repo.indexOf('/'));
  if (login === owner) return 'OWNER';
  const user = scope.world.github.users.get(login);
  return user?.orgs.includes(owner) ? 'MEMBER' : 'CONTRIBUTOR';
}
