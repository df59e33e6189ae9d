import type { ReadContext } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restPages } from './rest-items.js';

/** How long a run may stay unfinished: runs created this long before the cursor are not re-read. */
const RUN_LOOKBACK_MS = 3 * 24 * 3600_000;

/**
 * The runs of a repository updated at or after `since`, newest created first. GitHub lists runs by
 * creation, and a run is updated when it finishes, so the listing stops once runs were created
 * more than {@link RUN_LOOKBACK_MS} before `since` (an unfiltered listing, not the `created` filter,
 * which caps results at 1,000).
 */
export async function* runsUpdatedSince(
  octokit: GithubOctokit,
  repo: SelectedRepository,
  since: string | undefined,
  perPage: number,
): AsyncIterable<GithubRecord> {
  const stopBefore = since === undefined ? undefined : Date.parse(since) - RUN_LOOKBACK_MS;
  const params = { owner: repo.owner, repo: repo.name, per_page: perPage };
  for await (const page of restPages(octokit, 'GET /repos/{owner}/{repo}/actions/runs', params)) {
    let older = false;
    for (const run of page) {
      if (stopBefore !== undefined && Date.parse(String(run.created_at)) < stopBefore) older = true;
      else yield run;
    }
    if (older) return;
  }
}

/** `workflow_runs`: incremental on `updated_at`; the cursor moves when the repository is done. */
export class WorkflowRunsStream extends RepoStream {
  readonly name = 'workflow_runs';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const since = lowerBound(ctx.bookmark, ctx.config);
    for await (const run of runsUpdatedSince(this.gh.octokit, repo, since, pageSizeOf(ctx.config))) {
      // Airbyte's record keeps GitHub's own `repository` object here.
      yield run;
    }
  }
}
