import { expect } from 'vitest';
import type { GithubViewer } from '../src/github/github-viewer.js';
import type { GithubGraphqlAnswer, GithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { loadGithubSchema } from '../src/github/graphql/load-github-schema.js';
import { checkGraphqlResponse } from '../src/github/graphql/testing/check-graphql-response.js';
import type { World } from '../src/world/index.js';

/** A viewer that sees every repository but those listed. */
export function viewerOf(
  login: string,
  hidden: readonly string[] = [],
  kind: GithubViewer['kind'] = 'token',
): GithubViewer {
  return { login, kind, canSee: (fullName) => !hidden.includes(fullName) };
}

/** The key of the largest group of a per-repository store (e.g. the repository with the most deployments). */
export function largestGroup(
  store: { groupKeys(): Iterable<string>; group(key: string): readonly unknown[] },
  what: string,
): string {
  let best: string | undefined;
  for (const key of store.groupKeys()) {
    if (best === undefined || store.group(key).length > store.group(best).length) best = key;
  }
  if (best === undefined) throw new Error(`the world has no ${what}`);
  return best;
}

/** The repository with the most pull requests: the richest one to query. */
export function busiestRepository(world: World): { owner: string; name: string; fullName: string } {
  const repo = world.github.repositories.get(largestGroup(world.github.pullRequests, 'pull requests'));
  if (!repo) throw new Error('the world has no pull requests');
  return repo;
}

/** A GraphQL response body. */
export interface GraphqlBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { type?: string; path?: readonly (string | number)[]; message: string }[];
}

/**
 * Posts a query to the endpoint and, whatever else the test asserts, checks that `data` type-checks
 * against GitHub's schema for this very query.
 */
export async function graphql(
  endpoint: GithubGraphqlEndpoint,
  viewer: GithubViewer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GithubGraphqlAnswer & { readonly body: GraphqlBody }> {
  const answer = await endpoint.handle({ query, variables }, viewer);
  const body = answer.body as GraphqlBody;
  if (body.data) {
    expect(checkGraphqlResponse(await loadGithubSchema(), query, body.data, { variables })).toEqual([]);
  }
  return { ...answer, body };
}

/** `data` of an answer without errors. */
export function dataOf(answer: { readonly body: GraphqlBody }): Record<string, unknown> {
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data ?? {};
}
