import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restItems } from './rest-items.js';
import { runsUpdatedSince } from './workflow-runs.js';

/**
 * `workflow_jobs`: the completed jobs of the runs updated since the cursor (a job completes before its
 * run is updated for the last time), incremental on `completed_at` like Airbyte's. One jobs listing per
 * run: GitHub has no per-repository jobs list.
 */
export class WorkflowJobsStream extends RepoStream {
  readonly name = 'workflow_jobs';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['completed_at'];

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const since = lowerBound(ctx.bookmark, ctx.config);
    const perPage = pageSizeOf(ctx.config);
    const runs: GithubRecord[] = [];
    for await (const run of runsUpdatedSince(this.gh.octokit, repo, since, perPage)) {
      if (since === undefined || Date.parse(String(run.updated_at)) >= Date.parse(since)) runs.push(run);
    }
    for (const run of runs) {
      const params = { owner: repo.owner, repo: repo.name, run_id: Number(run.id), per_page: perPage };
      for await (const job of restItems(
        this.gh.octokit,
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        params,
      )) {
        if (job.completed_at) yield { ...job, repository: repo.fullName };
      }
    }
  }
}
