import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restItems } from './rest-items.js';

/**
 * `commits`: the commits of a branch (configured in `branches`, else the default branch), with
 * `branch` and `created_at` (the author date) added like Airbyte's. Incremental with GitHub's `since`;
 * GitHub lists newest first, so the cursor moves only when the repository is done.
 */
export class CommitsStream extends RepoStream {
  readonly name = 'commits';
  override readonly primaryKey = [['sha']];
  override readonly cursorField = ['created_at'];

  // A branch's history is fixed by its head commit: the default branch's head oid covers it. Configured
  // branches are not probed, so they are read every time.
  protected override changeKindOf(config: GithubConfig, repo: SelectedRepository): ChangeKind | undefined {
    const branches = branchesOf(config, repo);
    return branches.length === 1 && branches[0] === repo.defaultBranch ? 'commits' : undefined;
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const since = lowerBound(ctx.bookmark, ctx.config);
    for (const branch of branchesOf(ctx.config, repo)) {
      const params = { owner: repo.owner, repo: repo.name, sha: branch, since, per_page: pageSizeOf(ctx.config) };
      for await (const item of restItems(this.gh.octokit, 'GET /repos/{owner}/{repo}/commits', params)) {
        const commit = item.commit as { author?: { date?: unknown } | null } | undefined;
        yield {
          repository: repo.fullName,
          branch: branch ?? repo.defaultBranch,
          created_at: commit?.author?.date,
          ...item,
        };
      }
    }
  }
}

/** The configured branches of a repository (`owner/repo/branch`), else its default branch. */
export function branchesOf(config: GithubConfig, repo: SelectedRepository): (string | undefined)[] {
  const prefix = `${repo.fullName.toLowerCase()}/`;
  const configured = (config.branches ?? [])
    .filter((entry) => entry.toLowerCase().startsWith(prefix))
    .map((entry) => entry.slice(prefix.length));
  return configured.length > 0 ? configured : [repo.defaultBranch];
}
