import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubRecord } from '../streams/github-context.js';
import { ACTOR_FIELDS, type GqlActor, userRecord } from './actor-record.js';
import { PullRequestGraphqlStream } from './pull-request-graphql-stream.js';
import type { GqlConnection, GqlPullRequest } from './pull-request-pages.js';

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
  reviews: GqlConnection<{ comments: { totalCount: number } }>;
}

/**
 * `pull_request_stats`: size and activity of each pull request (additions, deletions, changed files,
 * commit and comment counts), incremental on `updated_at`, oldest first, through GraphQL with one call
 * per page of pull requests. `review_comments` sums the comments of the first 100 reviews, as Airbyte does.
 */
export class PullRequestStatsStream extends PullRequestGraphqlStream {
  readonly name = 'pull_request_stats';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];
  override readonly sortedByCursor = true;
  protected readonly pullRequestFields = `databaseId merged mergeable canBeRebased mergeStateStatus maintainerCanModify
    additions deletions changedFiles mergedBy { ${ACTOR_FIELDS} } comments { totalCount } commits { totalCount }
    reviews(first: 100) { totalCount nodes { comments { totalCount } } }`;

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
      review_comments: pr.reviews.nodes.reduce((sum, review) => sum + review.comments.totalCount, 0),
      maintainer_can_modify: pr.maintainerCanModify,
      commits: pr.commits.totalCount,
      additions: pr.additions,
      deletions: pr.deletions,
      changed_files: pr.changedFiles,
      updated_at: pr.updatedAt,
    };
  }
}
