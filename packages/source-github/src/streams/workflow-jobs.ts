import type { ReadContext } from '@faros-ce/sdk';
import { isMissing } from '../client/request-status.js';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubContext, type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { cursorCap, type JobsMemo, jobsMemoOf, mayHaveNewJobs, nextJobsMemo } from './jobs-memo.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restItems } from './rest-items.js';
import { RunListingShare, type RunSummary, runSummaryOf } from './run-listing-share.js';
import { lookbackStart, runsCreatedFrom, WorkflowRunsStream } from './workflow-runs.js';

/** `workflow_runs` and `workflow_jobs`, sharing each repository's run listing within a sync. */
export function workflowRunAndJobStreams(gh: GithubContext): [WorkflowRunsStream, WorkflowJobsStream] {
  const share = new RunListingShare();
  return [new WorkflowRunsStream(gh, share), new WorkflowJobsStream(gh, share)];
}

/**
 * `workflow_jobs`: the completed jobs of runs, incremental on `completed_at` like Airbyte's. GitHub
 * lists jobs per run only, so the calls go to the runs whose jobs may have changed: with the slice
 * memo ({@link JobsMemo}), runs updated after the last listing and runs unfinished then; without it
 * (first incremental read), runs updated since the cursor. The run listing is the one `workflow_runs`
 * read in this sync when it reaches back far enough, else its own.
 */
export class WorkflowJobsStream extends RepoStream {
  readonly name = 'workflow_jobs';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['completed_at'];

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
    const since = lowerBound(ctx.bookmark, ctx.config);
    const memo = ctx.bookmark === undefined || ctx.bookmark === null ? undefined : jobsMemoOf(ctx.savedMemo());
    const startMs = ctx.config.start_date === undefined ? undefined : Date.parse(ctx.config.start_date);
    const stopBefore = memo === undefined ? lookbackStart(since) : memoLookback(memo);
    const runs = await this.runsOf(ctx, repo, stopBefore);
    const wanted = runs.filter((run) => {
      if (memo !== undefined) {
        const unfinished = memo.unfinished.includes(run.id);
        return (
          mayHaveNewJobs(run, memo) && (unfinished || startMs === undefined || Date.parse(run.updated_at) >= startMs)
        );
      }
      return since === undefined || Date.parse(run.updated_at) >= Date.parse(since);
    });
    const perPage = pageSizeOf(ctx.config);
    let lastCompleted: string | undefined;
    for (const run of wanted) {
      const params = { owner: repo.owner, repo: repo.name, run_id: run.id, per_page: perPage };
      try {
        for await (const job of restItems(
          this.gh.octokit,
          'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
          params,
        )) {
          if (!job.completed_at) continue;
          const completed = String(job.completed_at);
          if (lastCompleted === undefined || Date.parse(completed) > Date.parse(lastCompleted))
            lastCompleted = completed;
          yield { ...job, repository: repo.fullName };
        }
      } catch (error) {
        // A run deleted since it was listed has no jobs left to read; the other runs still count.
        if (!isMissing(error)) throw error;
        ctx.logger.warn(`workflow_jobs: run ${run.id} of ${repo.fullName} is gone; skipping it`);
      }
    }
    if (ctx.syncMode !== 'incremental') return;
    const next = nextJobsMemo(runs, memo);
    ctx.setMemo(next);
    const cap = cursorCap(lastCompleted, next);
    if (cap !== undefined) ctx.setCursor(cap);
  }

  /** The runs created at or after `stopBefore`: the listing `workflow_runs` handed over, or a new one. */
  private async runsOf(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
    stopBefore: number | undefined,
  ): Promise<readonly RunSummary[]> {
    const shared = this.share?.take(repo.fullName, stopBefore);
    if (shared !== undefined) {
      return stopBefore === undefined ? shared : shared.filter((r) => Date.parse(r.created_at) >= stopBefore);
    }
    const runs: RunSummary[] = [];
    for await (const run of runsCreatedFrom(this.gh.octokit, repo, stopBefore, pageSizeOf(ctx.config))) {
      runs.push(runSummaryOf(run));
    }
    return runs;
  }
}

/** How far back the listing must reach for a memo: the runs' usual lookback, or the oldest unfinished run. */
function memoLookback(memo: JobsMemo): number | undefined {
  const usual = lookbackStart(memo.runsUpdated);
  if (memo.unfinishedSince === undefined || usual === undefined) return usual;
  return Math.min(usual, Date.parse(memo.unfinishedSince));
}
