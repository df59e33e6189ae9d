import { describe, expect, it } from 'vitest';
import { loadGithubSchema } from '../load-github-schema.js';
import { checkGraphqlResponse } from './check-graphql-response.js';

const QUERY = `query($withBody: Boolean!) {
  repository(owner: "o", name: "r") {
    databaseId
    visibility
    pullRequest(number: 1) {
      number mergedAt body @include(if: $withBody)
      author { __typename login ... on User { isSiteAdmin } }
      headRefOid
    }
    ...on Repository { nameWithOwner }
  }
}`;

const good = {
  repository: {
    databaseId: 7,
    visibility: 'PRIVATE',
    nameWithOwner: 'o/r',
    pullRequest: {
      number: 1,
      mergedAt: null,
      author: { __typename: 'User', login: 'ada', isSiteAdmin: false },
      headRefOid: 'a'.repeat(40),
    },
  },
};

async function check(data: unknown, withBody = false): Promise<string[]> {
  return checkGraphqlResponse(await loadGithubSchema(), QUERY, data, { variables: { withBody } });
}

function withPull(change: Record<string, unknown>): unknown {
  return { repository: { ...good.repository, pullRequest: { ...good.repository.pullRequest, ...change } } };
}

describe('checkGraphqlResponse', () => {
  it('accepts data that follows the selection and the schema', async () => {
    expect(await check(good)).toEqual([]);
    expect(await check(withPull({ body: 'x' }), true)).toEqual([]);
    expect(await check({ repository: null })).toEqual([]);
  });

  it('finds extra and missing keys (the @include decides which are selected)', async () => {
    expect(await check(withPull({ body: 'x' }))).toEqual([
      'data.repository.pullRequest.body: not selected on PullRequest',
    ]);
    expect(await check(good, true)).toEqual(['data.repository.pullRequest.body: missing']);
  });

  it('finds wrong scalars, enums and nulls', async () => {
    expect(await check(withPull({ mergedAt: '2025-01-01 10:00' }))).toEqual([
      'data.repository.pullRequest.mergedAt: "2025-01-01 10:00" is not a valid DateTime',
    ]);
    expect(await check(withPull({ headRefOid: 'abc' }))).toEqual([
      'data.repository.pullRequest.headRefOid: "abc" is not a valid GitObjectID',
    ]);
    expect(await check(withPull({ number: null }))).toEqual([
      'data.repository.pullRequest.number: null for non-null Int!',
    ]);
    expect(await check(withPull({ number: 2 ** 31 }))).toEqual([
      'data.repository.pullRequest.number: 2147483648 is not a valid Int',
    ]);
    expect(await check({ repository: { ...good.repository, visibility: 'SECRET' } })).toEqual([
      'data.repository.visibility: "SECRET" is not a RepositoryVisibility',
    ]);
  });

  it('checks an abstract type against the type its __typename names', async () => {
    expect(await check(withPull({ author: { __typename: 'Bot', login: 'ci' } }))).toEqual([]);
    expect(await check(withPull({ author: { __typename: 'Bot', login: 'ci', isSiteAdmin: false } }))).toEqual([
      'data.repository.pullRequest.author.isSiteAdmin: not selected on Bot',
    ]);
    expect(await check(withPull({ author: { __typename: 'Repository', login: 'x' } }))).toEqual([
      'data.repository.pullRequest.author: __typename "Repository" is not a possible type of Actor',
    ]);
  });
});
