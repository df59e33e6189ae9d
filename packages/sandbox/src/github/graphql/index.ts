// Placeholder until the GraphQL simulator lands: answers every query with GitHub's 404 body.
import type { World } from '../../world/index.js';
import type { GithubViewer } from '../github-viewer.js';

/** One GraphQL answer: status, headers (rate limits) and body. */
export interface GithubGraphqlAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** The GraphQL endpoint (`POST /graphql`, `/api/graphql` on GHES) over the world. */
export interface GithubGraphqlEndpoint {
  /** Executes one request body (`{query, variables, operationName}`) as `viewer` at world time `now`. */
  handle(body: unknown, viewer: GithubViewer): Promise<GithubGraphqlAnswer>;
}

/** Builds the GraphQL endpoint over `world`. */
export function createGithubGraphqlEndpoint(_world: World): GithubGraphqlEndpoint {
  return {
    handle: async () => ({
      status: 404,
      headers: {},
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' },
    }),
  };
}
