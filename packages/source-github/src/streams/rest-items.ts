import type { GithubOctokit } from '../client/github-client.js';
import type { GithubRecord } from './github-context.js';

/** Query and path parameters of a REST route. */
export type RouteParams = Record<string, string | number | boolean | undefined>;

/**
 * The items of a REST list, page by page (Octokit follows `Link: rel="next"` and unwraps
 * `{total_count, workflow_runs}`-style bodies; a 409 on an empty repository ends the listing).
 */
export async function* restPages(
  octokit: GithubOctokit,
  route: string,
  params: RouteParams,
): AsyncIterable<GithubRecord[]> {
  for await (const response of octokit.paginate.iterator(route, params)) {
    yield response.data as unknown as GithubRecord[];
  }
}

/** The items of a REST list, one by one. */
export async function* restItems(
  octokit: GithubOctokit,
  route: string,
  params: RouteParams,
): AsyncIterable<GithubRecord> {
  for await (const page of restPages(octokit, route, params)) yield* page;
}
