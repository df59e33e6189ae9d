import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restItems } from './rest-items.js';

/**
 * `deployments`: incremental on `updated_at` (GitHub updates a deployment with each new status). Each
 * record also carries `statuses` (from `/deployments/{id}/statuses`, newest first), which the Faros
 * destination reads for the deployment's outcome; statuses are fetched only for the deployments the
 * sync emits. The list is newest first, so the cursor moves when the repository is done.
 */
export class DeploymentsStream extends RepoStream {
  readonly name = 'deployments';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const since = lowerBound(ctx.bookmark, ctx.config);
    const perPage = pageSizeOf(ctx.config);
    const params = { owner: repo.owner, repo: repo.name, per_page: perPage };
    for await (const deployment of restItems(this.gh.octokit, 'GET /repos/{owner}/{repo}/deployments', params)) {
      if (since !== undefined && Date.parse(String(deployment.updated_at)) < Date.parse(since)) continue;
      const statuses: GithubRecord[] = [];
      const statusParams = { ...params, deployment_id: Number(deployment.id) };
      const route = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
      for await (const status of restItems(this.gh.octokit, route, statusParams)) statuses.push(status);
      yield { ...deployment, repository: repo.fullName, statuses };
    }
  }
}
