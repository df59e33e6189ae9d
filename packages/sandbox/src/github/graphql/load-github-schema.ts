import { buildSchema, type GraphQLSchema } from 'graphql';

let cached: Promise<GraphQLSchema> | undefined;

/**
 * GitHub's public GraphQL schema, built once per process from `@octokit/graphql-schema`'s SDL.
 * Both validations are skipped on purpose: the SDL declares two `EnterpriseOwnerInfo` fields twice,
 * and graphql 17 refuses the dozen deprecated implementations of non-deprecated interface fields
 * (`Project.id`, `PullRequest.databaseId`, …) that GitHub really serves. The package is imported
 * lazily since it parses 5 MB of JSON on load.
 */
export function loadGithubSchema(): Promise<GraphQLSchema> {
  cached ??= import('@octokit/graphql-schema').then(({ schema }) =>
    buildSchema(schema.idl, { assumeValidSDL: true, assumeValid: true }),
  );
  return cached;
}
