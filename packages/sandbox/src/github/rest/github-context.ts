import type { GithubRepository, World } from '../../world/index.js';
import type { GithubViewer } from '../github-viewer.js';

/** What a REST representation needs: the world, the URLs of this server and who asks. */
export interface GithubContext {
  readonly world: World;
  /** Absolute API base without a trailing slash: `http://host:port` or `http://host:port/api/v3` (GHES). */
  readonly api: string;
  /** Absolute base of `html_url`s (the server's root). */
  readonly web: string;
  readonly viewer: GithubViewer;
  /** Repositories this layer adds to the world's (the empty repository). */
  readonly extraRepositories: readonly GithubRepository[];
  /** Values computed once per request (repository representations repeat in lists). */
  readonly memo: Map<string, unknown>;
}

/** `compute()` once per request under `key`. */
export function memoize<T>(ctx: GithubContext, key: string, compute: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = compute();
  ctx.memo.set(key, value);
  return value;
}

/** Every repository, the world's and this layer's, visible or not. */
export function allRepositories(ctx: GithubContext): GithubRepository[] {
  return [...ctx.world.github.repositories, ...ctx.extraRepositories];
}

/** The repository `owner/name` if the viewer can see it. */
export function findRepository(ctx: GithubContext, fullName: string): GithubRepository | undefined {
  const lower = fullName.toLowerCase();
  const repo =
    ctx.world.github.repositories.get(fullName) ?? allRepositories(ctx).find((r) => r.fullName.toLowerCase() === lower);
  return repo !== undefined && ctx.viewer.canSee(repo.fullName) ? repo : undefined;
}

/** An epoch-ms time as GitHub writes it: ISO 8601 to the second, `Z`. */
export function iso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `iso`, or null. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}
