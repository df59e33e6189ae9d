import { GraphqlResponseError, graphql } from '@octokit/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_REPOSITORY_NAME } from '../src/github/extra-repositories.js';
import { loadGithubSchema } from '../src/github/graphql/load-github-schema.js';
import { checkGraphqlResponse } from '../src/github/graphql/testing/check-graphql-response.js';
import { type Sandbox, startSandbox } from '../src/index.js';
import { busiestRepository } from './github-graphql-call.js';
import type { GithubConnection } from './github-rest-kit.js';

const PULLS = `query($owner: String!, $name: String!, $after: String) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    pullRequests(first: 25, after: $after, orderBy: {field: CREATED_AT, direction: ASC}) {
      totalCount pageInfo { hasNextPage endCursor } nodes { number databaseId } } } }`;

type Pulls = {
  rateLimit: { cost: number; remaining: number };
  repository: {
    pullRequests: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { number: number; databaseId: number }[];
    };
  };
};

describe('@octokit/graphql against the GitHub simulator', () => {
  let sandbox: Sandbox;
  let github: GithubConnection;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 11, services: ['github'] });
    github = sandbox.connectionInfo().github as GithubConnection;
  });
  afterAll(() => sandbox?.close());

  async function allPulls(baseUrl: string, owner: string, name: string) {
    const client = graphql.defaults({ baseUrl, headers: { authorization: `token ${github.token}` } });
    const schema = await loadGithubSchema();
    const nodes: { number: number; databaseId: number }[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Pulls = await client<Pulls>(PULLS, { owner, name, after });
      expect(checkGraphqlResponse(schema, PULLS, data, { variables: { owner, name, after } })).toEqual([]);
      nodes.push(...data.repository.pullRequests.nodes);
      if (!data.repository.pullRequests.pageInfo.hasNextPage) return nodes;
      after = data.repository.pullRequests.pageInfo.endCursor;
    }
  }

  it('pages pull requests at /graphql and, for a GHES base URL, at /api/graphql', async () => {
    const repo = busiestRepository(sandbox.world);
    const expected = sandbox.world.github.pullRequests
      .group(repo.fullName)
      .map((p) => ({ number: p.number, databaseId: p.id }));
    expect(await allPulls(github.url, repo.owner, repo.name)).toEqual(expected);
    expect(await allPulls(`${github.url}/api/v3`, repo.owner, repo.name)).toEqual(expected);
  });

  it('raises a GraphqlResponseError with NOT_FOUND for a repository the token cannot see', async () => {
    const org = (sandbox.world.github.organizations.values().next().value as { login: string }).login;
    const client = graphql.defaults({ baseUrl: github.url, headers: { authorization: `token ${github.token}` } });
    const error = await client(`{ repository(owner: "${org}", name: "${HIDDEN_REPOSITORY_NAME}") { name } }`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphqlResponseError);
    expect((error as GraphqlResponseError<unknown>).errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: `Could not resolve to a Repository with the name '${org}/${HIDDEN_REPOSITORY_NAME}'.`,
    });
    expect((error as GraphqlResponseError<unknown>).headers['x-ratelimit-resource']).toBe('graphql');
  });

  it("writes url fields on the server's own root, as the REST layer does", async () => {
    const repo = busiestRepository(sandbox.world);
    const client = graphql.defaults({ baseUrl: github.url, headers: { authorization: `token ${github.token}` } });
    const data = await client<{ repository: { url: string } }>(
      `{ repository(owner: "${repo.owner}", name: "${repo.name}") { url } }`,
    );
    expect(data.repository.url).toBe(`${github.url}/${repo.fullName}`);
  });
});
