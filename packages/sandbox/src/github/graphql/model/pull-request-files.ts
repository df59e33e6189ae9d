import type { GithubPullRequest } from '../../../world/index.js';
import { diffEntries } from '../../rest/commit-json.js';
import type { GraphqlScope } from './graphql-scope.js';

/** One changed file of a pull request, as `PullRequestChangedFile` has it. */
export interface ChangedFile {
  readonly path: string;
  readonly additions: number;
  readonly deletions: number;
  readonly changeType: 'ADDED' | 'MODIFIED';
}

/**
 * The files a pull request changes, sorted by path. The world keeps only the totals; the files are
 * the REST simulator's derivation (the same names and counts `GET /pulls/{n}/files` shows), so the
 * per-file counts add up to the pull request's `additions` and `deletions`.
 */
export function pullRequestFiles(scope: GraphqlScope, pr: GithubPullRequest): ChangedFile[] {
  const repo = scope.world.github.repositories.get(pr.repo);
  if (!repo) return [];
  const context = {
    world: scope.world,
    api: scope.web,
    web: scope.web,
    viewer: scope.viewer,
    extraRepositories: [],
    memo: new Map(),
  };
  return diffEntries(context, repo, pr.headSha, `${pr.repo}#${pr.number}`, pr)
    .map((entry) => ({
      path: String(entry.filename),
      additions: Number(entry.additions),
      deletions: Number(entry.deletions),
      changeType: entry.status === 'added' ? ('ADDED' as const) : ('MODIFIED' as const),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
