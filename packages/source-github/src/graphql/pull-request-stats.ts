import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubRecord } from '../streams/github-context.js';
import { ACTOR_FIELDS, type GqlActor, userRecord } from './actor-record.js';
import { PullRequestGraphqlStream } from './pull-request-graphql-stream.js';
import type { GqlPullRequest } from './pull-request-pages.js';

interface StatsFields {
  databaseId: number | null;
  merged: boolean;
  mergeable: string | null;
  canBeRebased: boolean | null;
  mergeStateStatus: string | null;
  maintainerCanModify: boolean;
  additions: number;
  deletions: number;
  changedFiles: number;
  mergedBy: GqlActor | null;
  comments: { totalCount: number };
  commits: { totalCount: number };
  totalCommentsCount: number | null;
}

/**
 * `pull_request_stats`: size and activity of each pull request (additions, deletions, changed files,
 * commit and comment counts), incremental on `updated_at`, oldest first, through GraphQL with one call
 * per page of pull requests (about 3 points of GraphQL budget per 100 pull requests). `review_comments` is
 * `totalCommentsCount` (conversation and diff comments) minus the conversation comments: counting each
 * review's comments, as Airbyte does, costs a connection per review (about 100 points a page).
 */
export class PullRequestStatsStream extends PullRequestGraphqlStream {
  readonly name = 'pull_request_stats';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];
  override readonly sortedByCursor = true;
  protected readonly pullRequestFields = `databaseId merged mergeable canBeRebased mergeStateStatus maintainerCanModify
    additions deletions changedFiles mergedBy { ${ACTOR_FIELDS} } comments { totalCount } commits { totalCount }
    totalCommentsCount`;

  protected async *recordsOf(node: GqlPullRequest, repo: SelectedRepository): AsyncIterable<GithubRecord> {
    const pr = node as GqlPullRequest & StatsFields;
    yield {
      repository: repo.fullName,
      id: pr.databaseId,
      node_id: pr.id,
      number: pr.number,
      merged: pr.merged,
      mergeable: pr.mergeable,
      can_be_rebased: pr.canBeRebased,
      merge_state_status: pr.mergeStateStatus,
      merged_by: userRecord(pr.mergedBy, this.gh.apiUrl),
      comments: pr.comments.totalCount,
      review_comments: pr.totalCommentsCount === null ? null : pr.totalCommentsCount - pr.comments.totalCount,
      maintainer_can_modify: pr.maintainerCanModify,
      commits: pr.commits.totalCount,
      additions: pr.additions,
      deletions: pr.deletions,
      changed_files: pr.changedFiles,
      updated_at: pr.updatedAt,
    };
  }
}
