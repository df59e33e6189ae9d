import type { ReadContext } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubContext, type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restPages } from './rest-items.js';
import { type RunListingShare, type RunSummary, runSummaryOf } from './run-listing-share.js';

/** How long a run may stay unfinished: runs created this long before the cursor are not re-read. */
const RUN_LOOKBACK_MS = 3 * 24 * 3600_000;

/** The creation time (epoch ms) before which runs are not listed for runs updated at or after `since`. */
export function lookbackStart(since: string | undefined): number | undefined {
  return since === undefined ? undefined : Date.parse(since) - RUN_LOOKBACK_MS;
}

/**
 * The runs of a repository created at or after `stopBefore` (epoch ms; undefined: all), newest
 * created first. GitHub lists runs by creation, and a run is updated when it finishes, so runs
 * updated since a cursor are among those created up to {@link RUN_LOOKBACK_MS} before it (an
 * unfiltered listing, not the `created` filter, which caps results at 1,000).
 */
export async function* runsCreatedFrom(
  octokit: GithubOctokit,
  repo: SelectedRepository,
  stopBefore: number | undefined,
  perPage: number,
): AsyncIterable<GithubRecord> {
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

/**
 * `workflow_runs`: incremental on `updated_at`; the cursor moves when the repository is done. The
 * listing it reads is handed to `workflow_jobs` (through `share`), which then lists no runs itself.
 */
export class WorkflowRunsStream extends RepoStream {
  readonly name = 'workflow_runs';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];

  constructor(
    gh: GithubContext,
    private readonly share?: RunListingShare,
  ) {
    super(gh);
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const stopBefore = lookbackStart(lowerBound(ctx.bookmark, ctx.config));
    // Kept only while it fits the share (a full sync's listing is not held in memory), and only for a
    // `workflow_jobs` stream this read will run.
    const keep = this.share !== undefined && ctx.selectedStreams.has('workflow_jobs');
    let listed: RunSummary[] | undefined = keep ? [] : undefined;
    for await (const run of runsCreatedFrom(this.gh.octokit, repo, stopBefore, pageSizeOf(ctx.config))) {
      if (listed !== undefined && this.share !== undefined) {
        listed = listed.length < this.share.capacity ? listed : undefined;
        listed?.push(runSummaryOf(run));
      }
      // Airbyte's record keeps GitHub's own `repository` object here.
      yield run;
    }
    if (listed !== undefined) this.share?.offer(repo.fullName, { stopBefore, runs: listed });
  }
}
