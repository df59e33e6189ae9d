import type { GithubOctokit } from '../client/github-client.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';

/** A GraphQL connection page. */
export interface GqlConnection<T> {
  readonly pageInfo?: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount?: number;
  readonly nodes: readonly T[];
}

/** A pull request node: `id`, `number`, `updatedAt`, plus whatever a stream selects. */
export type GqlPullRequest = { readonly id: string; readonly number: number; readonly updatedAt: string } & Record<
  string,
  unknown
>;

interface PullRequestsPage {
  repository: { pullRequests: GqlConnection<GqlPullRequest> } | null;
}

/**
 * A repository's pull requests through GraphQL, one page of `first` pull requests per call, ordered
 * by `updatedAt`, each with the nested fields a stream selects (`fields`): per-PR data comes in the
 * same call as the PR, so calls grow with pages, not with pull requests.
 */
export async function* pullRequestPages(
  octokit: GithubOctokit,
  repo: SelectedRepository,
  fields: string,
  direction: 'ASC' | 'DESC',
  first: number,
): AsyncIterable<GqlPullRequest[]> {
  const query = `query PullRequests($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: ${direction}}) {
      pageInfo { hasNextPage endCursor }
      nodes { id number updatedAt ${fields} }
    }
  }
}`;
  let after: string | null = null;
  for (;;) {
    const data: PullRequestsPage = await octokit.graphql<PullRequestsPage>(query, {
      owner: repo.owner,
      name: repo.name,
      first,
      after,
    });
    const connection = data.repository?.pullRequests;
    if (!connection) return;
    yield [...connection.nodes];
    if (!connection.pageInfo?.hasNextPage || !connection.pageInfo.endCursor) return;
    after = connection.pageInfo.endCursor;
  }
}

/**
 * The rest of a pull request's nested connection (`reviews`, `commits`) when the first page in the
 * pull-request query was not all: rare (over 100 reviews or commits), one call per further page.
 */
export async function* restOfConnection<T>(
  octokit: GithubOctokit,
  pullRequestId: string,
  connection: string,
  nodeFields: string,
  first: GqlConnection<T>,
): AsyncIterable<T> {
  yield* first.nodes;
  let pageInfo = first.pageInfo;
  while (pageInfo?.hasNextPage && pageInfo.endCursor) {
    const query = `query Rest($id: ID!, $after: String) {
  node(id: $id) { ... on PullRequest { ${connection}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${nodeFields} } } } }
}`;
    const data = await octokit.graphql<{ node: Record<string, GqlConnection<T> | undefined> | null }>(query, {
      id: pullRequestId,
      after: pageInfo.endCursor,
    });
    const page = data.node?.[connection];
    if (!page) return;
    yield* page.nodes;
    pageInfo = page.pageInfo;
  }
}
