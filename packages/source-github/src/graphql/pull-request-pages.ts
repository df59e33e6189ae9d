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
 * The `pullRequests` connection a pull-request stream reads, ordered by `updatedAt`, with `id number
 * updatedAt` and the stream's `fields` on each node; `after` is the variable of a later page's cursor.
 * A batched first page and the per-repository later pages select the same, so cursors carry over.
 */
export function pullRequestConnection(
  fields: string,
  direction: 'ASC' | 'DESC',
  first: number,
  after?: string,
): string {
  const paging = after === undefined ? `first: ${first}` : `first: ${first}, after: ${after}`;
  return `pullRequests(${paging}, orderBy: {field: UPDATED_AT, direction: ${direction}}) {
      pageInfo { hasNextPage endCursor }
      nodes { id number updatedAt ${fields} }
    }`;
}

/**
 * A repository's pull requests through GraphQL, one page of `first` pull requests per call, ordered
 * by `updatedAt`, each with the nested fields a stream selects (`fields`): per-PR data comes in the
 * same call as the PR, so calls grow with pages, not with pull requests. `firstPage`, when given,
 * supplies the first page (read with other repositories' in one batched query); later pages are
 * asked per repository.
 */
export async function* pullRequestPages(
  octokit: GithubOctokit,
  repo: SelectedRepository,
  fields: string,
  direction: 'ASC' | 'DESC',
  first: number,
  firstPage?: () => Promise<GqlConnection<GqlPullRequest> | null>,
): AsyncIterable<GqlPullRequest[]> {
  const query = `query PullRequests($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    ${pullRequestConnection(fields, direction, first, '$after')}
  }
}`;
  let after: string | null = null;
  let connection: GqlConnection<GqlPullRequest> | null | undefined = firstPage ? await firstPage() : undefined;
  for (;;) {
    if (connection === undefined) {
      const data: PullRequestsPage = await octokit.graphql<PullRequestsPage>(query, {
        owner: repo.owner,
        name: repo.name,
        after,
      });
      connection = data.repository?.pullRequests ?? null;
    }
    if (!connection) return;
    yield [...connection.nodes];
    if (!connection.pageInfo?.hasNextPage || !connection.pageInfo.endCursor) return;
    after = connection.pageInfo.endCursor;
    connection = undefined;
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
