import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubRecord } from '../streams/github-context.js';
import { ACTOR_FIELDS, type GqlActor, userRecord } from './actor-record.js';
import { PullRequestGraphqlStream } from './pull-request-graphql-stream.js';
import { type GqlConnection, type GqlPullRequest, restOfConnection } from './pull-request-pages.js';

const REVIEW_FIELDS = `id databaseId body state url submittedAt createdAt updatedAt authorAssociation
  commit { oid } author { ${ACTOR_FIELDS} }`;

interface GqlReview {
  id: string;
  databaseId: number | null;
  body: string;
  state: string;
  url: string;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  authorAssociation: string;
  commit: { oid: string } | null;
  author: GqlActor | null;
}

/**
 * `reviews`: pull request reviews in GitHub's REST shape (plus `repository`, `created_at` and
 * `updated_at`, like Airbyte's), read with their pull requests through GraphQL. Incremental on
 * `updated_at`: a review bumps its pull request's `updatedAt`, so the pull requests updated since the
 * cursor hold every new review; reviews are not in cursor order, so the cursor moves per repository.
 */
export class ReviewsStream extends PullRequestGraphqlStream {
  readonly name = 'reviews';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];
  protected override readonly nestedFirst = 100;
  protected readonly pullRequestFields =
    `reviews(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${REVIEW_FIELDS} } }`;

  protected async *recordsOf(node: GqlPullRequest, repo: SelectedRepository): AsyncIterable<GithubRecord> {
    const first = node.reviews as GqlConnection<GqlReview>;
    const pullUrl = this.pullUrl(repo, node.number);
    for await (const review of restOfConnection(this.gh.octokit, node.id, 'reviews', REVIEW_FIELDS, first)) {
      yield {
        repository: repo.fullName,
        id: review.databaseId,
        node_id: review.id,
        user: userRecord(review.author, this.gh.apiUrl),
        body: review.body,
        state: review.state,
        html_url: review.url,
        pull_request_url: pullUrl,
        _links: { html: { href: review.url }, pull_request: { href: pullUrl } },
        submitted_at: review.submittedAt,
        created_at: review.createdAt,
        updated_at: review.updatedAt,
        commit_id: review.commit?.oid ?? null,
        author_association: review.authorAssociation,
      };
    }
  }
}
