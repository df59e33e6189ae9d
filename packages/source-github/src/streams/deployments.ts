import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { conditionalPages } from './conditional-pages.js';
import { type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restItems } from './rest-items.js';

/**
 * `deployments`: incremental on `updated_at` (GitHub updates a deployment with each new status). Each
 * record also carries `statuses` (from `/deployments/{id}/statuses`, newest first), which the Faros
 * destination reads for the deployment's outcome. The list is newest first and cannot be filtered by
 * time, so the cursor moves when the repository is done. Incremental reads ask the list with the last
 * one-page answer's ETag (a 304 means no deployment changed) and fetch statuses only for deployments
 * updated after the saved cursor: those at or before it were sent by the read that saved it. A
 * repository whose deployments the change probe saw all of, with the same count and latest
 * `updatedAt` as at the start of its last complete read, is not asked at all.
 */
export class DeploymentsStream extends RepoStream {
  readonly name = 'deployments';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];

  protected override changeKindOf(): ChangeKind {
    return 'deployments';
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const since = lowerBound(ctx.bookmark, ctx.config);
    // The saved cursor itself was sent (RepoStream skips records at it); a start date is inclusive.
    const saved = since !== undefined && since === ctx.bookmark;
    const params = { owner: repo.owner, repo: repo.name, per_page: pageSizeOf(ctx.config) };
    const route = 'GET /repos/{owner}/{repo}/deployments';
    for await (const page of conditionalPages(ctx, this.gh.octokit, route, params)) {
      for (const deployment of page) {
        if (since !== undefined) {
          const updated = Date.parse(String(deployment.updated_at));
          if (saved ? updated <= Date.parse(since) : updated < Date.parse(since)) continue;
        }
        const statuses: GithubRecord[] = [];
        const statusParams = { ...params, deployment_id: Number(deployment.id) };
        const statusRoute = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
        for await (const status of restItems(this.gh.octokit, statusRoute, statusParams)) statuses.push(status);
        yield { ...deployment, repository: repo.fullName, statuses };
      }
    }
  }
}
