import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningFarosCe, startFarosCe } from './index.js';
import { graphqlData } from './testing/faros-ce-test-client.js';

let ce: RunningFarosCe;

const pr = (repo: string, n: number, fields: string) =>
  `{uid: "${n}", number: ${n}, ${fields}, vcs_Repository: {data: {uid: "${repo}", name: "${repo}",
    vcs_Organization: {data: {uid: "acme", source: "GitHub"}, on_conflict: {constraint: vcs_Organization_pkey, update_columns: [uid]}}},
    on_conflict: {constraint: vcs_Repository_pkey, update_columns: [uid]}}}`;

beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: 'reads-secret' });
  await graphqlData(
    ce,
    `mutation { insert_vcs_PullRequest(objects: [
      ${pr('api', 1, 'title: "Fix login", createdAt: "2024-01-01T00:00:00Z", state: {category: "Merged", detail: "merged"}, diffStats: {linesAdded: 10, linesDeleted: 1, filesChanged: 2}')},
      ${pr('api', 2, 'title: "Add search", createdAt: "2024-02-01T00:00:00Z", state: {category: "Open", detail: "open"}')},
      ${pr('api', 3, 'title: "fix typo", createdAt: "2024-03-01T00:00:00Z", state: {category: "Closed", detail: "closed"}')},
      ${pr('web', 4, 'title: "Redesign", createdAt: "2024-04-01T00:00:00Z", state: {category: "Open", detail: "draft"}')},
      ${pr('web', 5, 'title: null, state: {category: "Merged", detail: "merged"}')}
    ]) { affected_rows } }`,
  );
});
afterAll(async () => {
  await ce?.close();
});

const numbers = async (where: string, extra = ''): Promise<number[]> => {
  const data = await graphqlData(
    ce,
    `{ vcs_PullRequest(where: ${where}, order_by: {number: asc}${extra}) { number } }`,
  );
  return (data.vcs_PullRequest as { number: number }[]).map((row) => row.number);
};

describe('where', () => {
  test.each([
    ['{number: {_eq: 2}}', [2]],
    ['{number: {_neq: 2}}', [1, 3, 4, 5]],
    ['{number: {_in: [1, 5, 9]}}', [1, 5]],
    ['{number: {_nin: [1, 5]}}', [2, 3, 4]],
    ['{number: {_in: []}}', []],
    ['{number: {_gt: 3}}', [4, 5]],
    ['{number: {_gte: 3}}', [3, 4, 5]],
    ['{createdAt: {_lt: "2024-02-01T00:00:00Z"}}', [1]],
    ['{createdAt: {_lte: "2024-02-01T00:00:00Z"}}', [1, 2]],
    ['{title: {_is_null: true}}', [5]],
    ['{title: {_is_null: false}}', [1, 2, 3, 4]],
    ['{title: {_ilike: "fix%"}}', [1, 3]],
    ['{title: {_like: "fix%"}}', [3]],
    ['{_and: [{number: {_gt: 1}}, {number: {_lt: 4}}]}', [2, 3]],
    ['{_or: [{number: {_eq: 1}}, {stateCategory: {_eq: "Closed"}}]}', [1, 3]],
    ['{_or: []}', []],
    ['{_and: []}', [1, 2, 3, 4, 5]],
    ['{_not: {stateCategory: {_eq: "Merged"}}}', [2, 3, 4]],
    ['{stateDetail: {_eq: "draft"}}', [4]],
    ['{state: {_contains: {category: "Open"}}}', [2, 4]],
    ['{linesAdded: {_eq: 10}}', [1]],
    ['{vcs_Repository: {name: {_eq: "web"}}}', [4, 5]],
    ['{vcs_Repository: {vcs_Organization: {uid: {_eq: "acme"}}}, number: {_lte: 2}}', [1, 2]],
  ])('%s', async (where, expected) => {
    expect(await numbers(where)).toEqual(expected);
  });

  test('a filter on an array relationship keeps parents with a matching child', async () => {
    const data = await graphqlData(
      ce,
      `{ with: vcs_Repository(where: {vcs_PullRequests: {number: {_gt: 3}}}) { uid }
         without: vcs_Repository(where: {_not: {vcs_PullRequests: {}}}) { uid } }`,
    );
    expect(data).toEqual({ with: [{ uid: 'web' }], without: [] });
  });

  test('variables feed where, limit and order', async () => {
    const data = await graphqlData(
      ce,
      `query q($repo: String!, $limit: Int, $order: [vcs_PullRequest_order_by!]) {
         vcs_PullRequest(where: {vcs_Repository: {uid: {_eq: $repo}}}, limit: $limit, order_by: $order) { number } }`,
      { repo: 'api', limit: 2, order: [{ number: 'desc' }] },
    );
    expect(data.vcs_PullRequest).toEqual([{ number: 3 }, { number: 2 }]);
  });
});

describe('order_by, limit, offset', () => {
  test('orders by several keys with explicit null placement', async () => {
    const data = await graphqlData(
      ce,
      `{ a: vcs_PullRequest(where: {number: {_neq: 3}}, order_by: [{title: asc_nulls_first}]) { number }
         b: vcs_PullRequest(order_by: [{stateCategory: asc}, {number: desc}]) { number }
         c: vcs_PullRequest(order_by: {createdAt: desc}) { number } }`,
    );
    expect(data).toEqual({
      a: [5, 2, 1, 4].map((number) => ({ number })),
      b: [3, 5, 1, 4, 2].map((number) => ({ number })),
      c: [5, 4, 3, 2, 1].map((number) => ({ number })),
    });
  });

  test('orders by an object relationship column and by the count of an array relationship', async () => {
    const data = await graphqlData(
      ce,
      `{ vcs_PullRequest(order_by: [{vcs_Repository: {name: desc}}, {number: asc}]) { number }
         vcs_Repository(order_by: {vcs_PullRequests_aggregate: {count: desc}}) { uid } }`,
    );
    expect(data).toEqual({
      vcs_PullRequest: [4, 5, 1, 2, 3].map((number) => ({ number })),
      vcs_Repository: [{ uid: 'api' }, { uid: 'web' }],
    });
  });

  test('limit and offset page through the ordered rows', async () => {
    expect(await numbers('{}', ', limit: 2, offset: 1')).toEqual([2, 3]);
    expect(await numbers('{}', ', offset: 4')).toEqual([5]);
    expect(await numbers('{}', ', limit: 0')).toEqual([]);
  });

  test('distinct_on keeps the first row of each group', async () => {
    const data = await graphqlData(
      ce,
      '{ vcs_PullRequest(distinct_on: [stateCategory], order_by: [{stateCategory: asc}, {number: desc}]) { number } }',
    );
    expect(data.vcs_PullRequest).toEqual([{ number: 3 }, { number: 5 }, { number: 4 }]);
  });
});

describe('aggregates, by_pk and nested selections', () => {
  test('<T>_aggregate counts (also distinct columns), takes max and min, and returns nodes', async () => {
    const data = await graphqlData(
      ce,
      `{ vcs_PullRequest_aggregate(where: {vcs_Repository: {uid: {_eq: "api"}}}, order_by: {number: desc}) {
           aggregate { count categories: count(columns: [stateCategory], distinct: true) max { number createdAt } min { title } }
           nodes { number } } }`,
    );
    expect(data.vcs_PullRequest_aggregate).toEqual({
      aggregate: {
        count: 3,
        categories: 3,
        max: { number: 3, createdAt: '2024-03-01T00:00:00+00:00' },
        min: { title: 'Add search' },
      },
      nodes: [{ number: 3 }, { number: 2 }, { number: 1 }],
    });
  });

  test('<T>_by_pk returns the row, or null', async () => {
    const data = await graphqlData(
      ce,
      `{ hit: vcs_PullRequest_by_pk(id: "GitHub|acme|web|4") { title vcs_Repository { name } }
         miss: vcs_PullRequest_by_pk(id: "GitHub|acme|web|404") { title } }`,
    );
    expect(data).toEqual({ hit: { title: 'Redesign', vcs_Repository: { name: 'web' } }, miss: null });
  });

  test('array relationships take where, order_by and limit; aggregate relationships count', async () => {
    const data = await graphqlData(
      ce,
      `{ vcs_Repository(where: {uid: {_eq: "api"}}) {
           vcs_PullRequests(where: {number: {_gt: 1}}, order_by: {number: desc}, limit: 1) { number }
           vcs_PullRequests_aggregate { aggregate { count } } } }`,
    );
    expect(data.vcs_Repository).toEqual([
      { vcs_PullRequests: [{ number: 3 }], vcs_PullRequests_aggregate: { aggregate: { count: 3 } } },
    ]);
  });

  test('a selection wider than one json_build_object call (over 50 fields) comes back whole', async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `f${i}: number`).join(' ');
    const data = await graphqlData(ce, `{ vcs_PullRequest(where: {number: {_eq: 2}}) { ${aliases} } }`);
    expect(data.vcs_PullRequest).toEqual([Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, 2]))]);
  });

  test('aliases, fragments, __typename and @skip/@include shape the answer', async () => {
    const data = await graphqlData(
      ce,
      `query ($withTitle: Boolean!) {
         first: vcs_PullRequest(where: {number: {_eq: 1}}) { ...pr n: number title @include(if: $withTitle) id @skip(if: true) }
       }
       fragment pr on vcs_PullRequest { __typename repo: vcs_Repository { ... on vcs_Repository { uid } } }`,
      { withTitle: false },
    );
    expect(data).toEqual({ first: [{ __typename: 'vcs_PullRequest', repo: { uid: 'api' }, n: 1 }] });
  });

  test("the destination's reset query pages ids of an origin older than the sync, skipping referenced rows", async () => {
    await graphqlData(
      ce,
      `mutation { insert_vcs_User(objects: [
         {uid: "stale1", source: "GitHub", origin: "o1", refreshedAt: "2020-01-01T00:00:00Z"},
         {uid: "stale2", source: "GitHub", origin: "o1", refreshedAt: "2020-01-01T00:00:00Z"},
         {uid: "fresh", source: "GitHub", origin: "o1"},
         {uid: "other", source: "GitHub", origin: "o2", refreshedAt: "2020-01-01T00:00:00Z"}]) { affected_rows } }`,
    );
    await graphqlData(
      ce,
      'mutation { update_vcs_PullRequest(where: {number: {_eq: 1}}, _set: {author: "GitHub|stale2"}) { affected_rows } }',
    );
    const query = `query paginatedQuery($id: String, $limit: Int) {
      vcs_User(where: {_and: [{_and: {refreshedAt: {_lt: "2023-01-01T00:00:00Z"}, origin: {_eq: "o1"},
          _not: {_or: [{vcs_PullRequests: {}}, {vcs_Commits: {}}]}}}, {id: {_gt: $id}}]},
        order_by: {id: asc}, limit: $limit) { _id: id id } }`;
    const page = await graphqlData(ce, query, { limit: 500, id: '' });
    expect(page.vcs_User).toEqual([{ _id: 'GitHub|stale1', id: 'GitHub|stale1' }]);
    const deleted = await graphqlData(
      ce,
      'mutation { del: delete_vcs_User(where: {id: {_in: ["GitHub|stale1"]}}) { affected_rows } }',
    );
    expect(deleted).toEqual({ del: { affected_rows: 1 } });
    expect((await graphqlData(ce, query, { limit: 500, id: '' })).vcs_User).toEqual([]);
  });
});
