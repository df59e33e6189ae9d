// GitHub's GraphQL API over the simulated world: the endpoint the `github` service mounts at
// `/graphql` (and `/api/graphql` for GHES), and the response checker the fidelity suite reuses.
export {
  createGithubGraphqlEndpoint,
  type GithubGraphqlAnswer,
  type GithubGraphqlEndpoint,
  type GithubGraphqlOptions,
  type GithubGraphqlRequestOptions,
} from './create-github-graphql-endpoint.js';
export { DEFAULT_GRAPHQL_POINTS_PER_HOUR } from './graphql-budget.js';
export { loadGithubSchema } from './load-github-schema.js';
