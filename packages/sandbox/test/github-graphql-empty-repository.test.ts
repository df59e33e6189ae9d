import { describe, expect, it } from 'vitest';
import { EMPTY_REPOSITORY_NAME, extraRepositories, HIDDEN_REPOSITORY_NAME } from '../src/github/extra-repositories.js';
import { createGithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { createWorld } from '../src/world/index.js';
import { dataOf, graphql, viewerOf } from './github-graphql-call.js';

const world = createWorld({ seed: 7, scale: 'small' });
const extras = extraRepositories(world);
const endpoint = createGithubGraphqlEndpoint(world, { webUrl: 'http://127.0.0.1:9', extraRepositories: extras });
const owner = extras[0]?.owner ?? '';

const QUERY = `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) {
  nameWithOwner isEmpty defaultBranchRef { name target { oid } }
  pullRequests(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { updatedAt } }
  issues(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { updatedAt } }
  milestones(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { updatedAt } }
  releases(first: 1, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount nodes { createdAt } } } }`;

describe('the REST layer’s extra repositories through GraphQL', () => {
  it('resolves the empty repository as GitHub does: empty, no default branch ref, empty lists', async () => {
    const data = dataOf(
      await graphql(endpoint, viewerOf('sandbox-admin'), QUERY, { owner, name: EMPTY_REPOSITORY_NAME }),
    );
    expect(data.repository).toEqual({
      nameWithOwner: `${owner}/${EMPTY_REPOSITORY_NAME}`,
      isEmpty: true,
      defaultBranchRef: null,
      pullRequests: { totalCount: 0, nodes: [] },
      issues: { totalCount: 0, nodes: [] },
      milestones: { totalCount: 0, nodes: [] },
      releases: { totalCount: 0, nodes: [] },
    });
  });

  it('still answers NOT_FOUND for a repository the viewer cannot see', async () => {
    const hidden = `${owner}/${HIDDEN_REPOSITORY_NAME}`;
    const answer = await graphql(endpoint, viewerOf('sandbox-admin', [hidden]), QUERY, {
      owner,
      name: HIDDEN_REPOSITORY_NAME,
    });
    expect(answer.body.data?.repository).toBeNull();
    expect(answer.body.errors?.map((e) => e.type)).toEqual(['NOT_FOUND']);
  });
});
