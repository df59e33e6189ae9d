import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningFarosCe, startFarosCe } from './index.js';
import { graphql, graphqlData } from './testing/faros-ce-test-client.js';

let ce: RunningFarosCe;
beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: 'writes-secret' });
});
afterAll(async () => {
  await ce?.close();
});

const org = (uid: string) =>
  `vcs_Organization: {data: {uid: "${uid}", source: "GitHub"}, on_conflict: {constraint: vcs_Organization_pkey, update_columns: [source, uid]}}`;

// The shape the published Faros destination sends for one pull request (peer-run.md §8).
const pullRequestMutation = (title: string) => `mutation {
  m0: insert_vcs_PullRequest_one(
    object: {number: 42, uid: "42", title: "${title}", state: {category: "Open", detail: "open"},
      createdAt: "2023-01-02T08:03:48.000Z",
      vcs_User: {data: {uid: "octocat", source: "GitHub"}, on_conflict: {constraint: vcs_User_pkey, update_columns: [source, uid]}},
      vcs_Repository: {data: {uid: "faros-community-edition", name: "faros-community-edition", ${org('faros-ai')}},
        on_conflict: {constraint: vcs_Repository_pkey, update_columns: [organization, uid]}},
      origin: "mytestsource"},
    on_conflict: {constraint: vcs_PullRequest_pkey, update_columns: [origin, number, title, state, createdAt, author]}
  ) { id refreshedAt title stateCategory vcs_Repository { id vcs_Organization { id } } }
}`;

describe('inserts', () => {
  test('a nested insert writes the pull request with its author, repository and organisation', async () => {
    const data = await graphqlData(ce, pullRequestMutation('First'));
    expect(data.m0).toMatchObject({
      id: 'GitHub|faros-ai|faros-community-edition|42',
      title: 'First',
      stateCategory: 'Open',
      vcs_Repository: { id: 'GitHub|faros-ai|faros-community-edition', vcs_Organization: { id: 'GitHub|faros-ai' } },
    });
    expect((data.m0 as { refreshedAt: string }).refreshedAt).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/,
    );
    const stored = await graphqlData(
      ce,
      `{ vcs_PullRequest_by_pk(id: "GitHub|faros-ai|faros-community-edition|42") { author repository origin createdAt state }
         vcs_Organization_by_pk(id: "GitHub|faros-ai") { uid source } }`,
    );
    expect(stored).toEqual({
      vcs_PullRequest_by_pk: {
        author: 'GitHub|octocat',
        repository: 'GitHub|faros-ai|faros-community-edition',
        origin: 'mytestsource',
        createdAt: '2023-01-02T08:03:48+00:00',
        state: { category: 'Open', detail: 'open' },
      },
      vcs_Organization_by_pk: { uid: 'faros-ai', source: 'GitHub' },
    });
  });

  test('inserting the same pull request again upserts it in place', async () => {
    await graphqlData(ce, pullRequestMutation('First'));
    const data = await graphqlData(ce, pullRequestMutation('Renamed'));
    expect(data.m0).toMatchObject({ id: 'GitHub|faros-ai|faros-community-edition|42', title: 'Renamed' });
    const count = await graphqlData(
      ce,
      '{ vcs_PullRequest_aggregate { aggregate { count } } vcs_Organization { id } }',
    );
    expect(count).toEqual({
      vcs_PullRequest_aggregate: { aggregate: { count: 1 } },
      vcs_Organization: [{ id: 'GitHub|faros-ai' }],
    });
  });

  test('on_conflict with no update_columns does nothing and returns null; its where can veto an update', async () => {
    await graphqlData(
      ce,
      'mutation { insert_vcs_User_one(object: {uid: "keep", source: "GitHub", name: "Kept"}) { id } }',
    );
    const nothing = await graphqlData(
      ce,
      `mutation { insert_vcs_User_one(object: {uid: "keep", source: "GitHub", name: "Changed"},
         on_conflict: {constraint: vcs_User_pkey, update_columns: []}) { id } }`,
    );
    const vetoed = await graphqlData(
      ce,
      `mutation { insert_vcs_User_one(object: {uid: "keep", source: "GitHub", name: "Changed"},
         on_conflict: {constraint: vcs_User_pkey, update_columns: [name], where: {name: {_eq: "Someone else"}}}) { id } }`,
    );
    const allowed = await graphqlData(
      ce,
      `mutation { insert_vcs_User_one(object: {uid: "keep", source: "GitHub", name: "Changed"},
         on_conflict: {constraint: vcs_User_pkey, update_columns: [name], where: {name: {_eq: "Kept"}}}) { name } }`,
    );
    expect([nothing.insert_vcs_User_one, vetoed.insert_vcs_User_one, allowed.insert_vcs_User_one]).toEqual([
      null,
      null,
      { name: 'Changed' },
    ]);
  });

  test('a nested parent whose on_conflict does nothing on an existing row fails the insert, as in Hasura', async () => {
    await graphqlData(ce, 'mutation { insert_vcs_Organization_one(object: {uid: "exists", source: "GitHub"}) { id } }');
    const body = await graphql(
      ce,
      `mutation { insert_vcs_Repository_one(object: {uid: "r", vcs_Organization: {data: {uid: "exists", source: "GitHub"},
         on_conflict: {constraint: vcs_Organization_pkey, update_columns: []}}}) { id } }`,
    );
    expect(body).toEqual({
      errors: [
        {
          message:
            'cannot proceed to insert object relation "vcs_Organization" since insert to table "vcs_Organization" affects zero rows',
          extensions: { path: '$.selectionSet.insert_vcs_Repository_one.args.object', code: 'not-supported' },
        },
      ],
    });
  });

  test('insert_<T> writes many rows in one statement and returns them in order with affected_rows', async () => {
    const data = await graphqlData(
      ce,
      `mutation($objects: [vcs_User_insert_input!]!) {
         insert_vcs_User(objects: $objects, on_conflict: {constraint: vcs_User_pkey, update_columns: [name]}) {
           affected_rows returning { id name } } }`,
      { objects: [0, 1, 2].map((i) => ({ uid: `bulk${i}`, source: 'GitHub', name: `Bulk ${i}` })) },
    );
    expect(data.insert_vcs_User).toEqual({
      affected_rows: 3,
      returning: [0, 1, 2].map((i) => ({ id: `GitHub|bulk${i}`, name: `Bulk ${i}` })),
    });
  });

  test('affected_rows counts the rows of nested relationships too, and array relationships insert children', async () => {
    const data = await graphqlData(
      ce,
      `mutation { insert_vcs_Repository(objects: [{uid: "with-branches", ${org('nested-org')},
          vcs_Branches: {data: [{uid: "main"}, {uid: "dev"}]}}]) {
        affected_rows returning { id vcs_Branches(order_by: {uid: asc}) { id } } } }`,
    );
    expect(data.insert_vcs_Repository).toEqual({
      affected_rows: 4,
      returning: [
        {
          id: 'GitHub|nested-org|with-branches',
          vcs_Branches: [{ id: 'GitHub|nested-org|with-branches|dev' }, { id: 'GitHub|nested-org|with-branches|main' }],
        },
      ],
    });
  });
});

describe("Hasura's default for columns an object lacks", () => {
  test('in a multi-object upsert, a column some objects lack is written as its default for them', async () => {
    await graphqlData(
      ce,
      `mutation { insert_vcs_User(objects: [{uid: "alice", source: "GitHub", name: "Alice"},
        {uid: "bob", source: "GitHub", name: "Bob", email: "bob@example.com"}]) { affected_rows } }`,
    );
    // One statement, two column sets: bob lacks `name`, and update_columns names it, so bob's name is overwritten by
    // the default (null); refreshedAt, lacking for bob, gets its default now(), not null.
    await graphqlData(
      ce,
      `mutation { insert_vcs_User(objects: [
          {uid: "alice", source: "GitHub", name: "Alice 2", refreshedAt: "2020-01-01T00:00:00Z"},
          {uid: "bob", source: "GitHub"}],
        on_conflict: {constraint: vcs_User_pkey, update_columns: [name, email, refreshedAt]}) { affected_rows } }`,
    );
    const after = await graphqlData(
      ce,
      '{ vcs_User(where: {uid: {_in: ["alice", "bob"]}}, order_by: {uid: asc}) { uid name email refreshedAt } }',
    );
    const [alice, bob] = after.vcs_User as {
      uid: string;
      name: string | null;
      email: string | null;
      refreshedAt: string;
    }[];
    expect(alice).toMatchObject({
      uid: 'alice',
      name: 'Alice 2',
      email: null,
      refreshedAt: '2020-01-01T00:00:00+00:00',
    });
    expect(bob).toMatchObject({ uid: 'bob', name: null, email: null });
    expect(Date.parse(bob?.refreshedAt ?? '')).toBeGreaterThan(Date.parse('2024-01-01T00:00:00Z'));
  });

  test('objects grouped by their column set keep the data the others lack', async () => {
    await graphqlData(
      ce,
      'mutation { insert_vcs_User_one(object: {uid: "carol", source: "GitHub", name: "Carol"}) { id } }',
    );
    await graphqlData(
      ce,
      `mutation {
         a: insert_vcs_User(objects: [{uid: "dave", source: "GitHub", name: "Dave"}],
           on_conflict: {constraint: vcs_User_pkey, update_columns: [name]}) { affected_rows }
         b: insert_vcs_User(objects: [{uid: "carol", source: "GitHub"}],
           on_conflict: {constraint: vcs_User_pkey, update_columns: [source]}) { affected_rows } }`,
    );
    const carol = await graphqlData(ce, '{ vcs_User_by_pk(id: "GitHub|carol") { name } }');
    expect(carol.vcs_User_by_pk).toEqual({ name: 'Carol' });
  });
});

describe('one transaction per request', () => {
  test('a failing mutation rolls back the mutations of its request that ran before it', async () => {
    const body = await graphql(
      ce,
      `mutation {
         ok: insert_vcs_User_one(object: {uid: "rolled-back", source: "GitHub"}) { id }
         bad: insert_vcs_Repository_one(object: {uid: "orphan", organization: "GitHub|no-such-org"}) { id } }`,
    );
    expect(body).toEqual({
      errors: [
        {
          message:
            'Foreign key violation. insert or update on table "vcs_Repository" violates foreign key constraint "vcs_Repository_organization_fkey"',
          extensions: { path: '$.selectionSet.bad.args.object', code: 'constraint-violation' },
        },
      ],
    });
    const after = await graphqlData(ce, '{ vcs_User_by_pk(id: "GitHub|rolled-back") { id } }');
    expect(after.vcs_User_by_pk).toBeNull();
  });

  test('mutations after the failing one do not run', async () => {
    const body = await graphql(
      ce,
      `mutation {
         bad: insert_vcs_Repository_one(object: {uid: "orphan", organization: "GitHub|no-such-org"}) { id }
         later: insert_vcs_User_one(object: {uid: "never", source: "GitHub"}) { id } }`,
    );
    expect((body.errors as unknown[]).length).toBe(1);
    const after = await graphqlData(ce, '{ vcs_User_by_pk(id: "GitHub|never") { id } }');
    expect(after.vcs_User_by_pk).toBeNull();
  });
});

describe('updates and deletes', () => {
  test('update_<T> sets and increments the matching rows and returns them', async () => {
    await graphqlData(
      ce,
      `mutation { insert_vcs_User(objects: [{uid: "u1", source: "Upd"}, {uid: "u2", source: "Upd"}, {uid: "u3", source: "Other"}]) {
        affected_rows } }`,
    );
    const data = await graphqlData(
      ce,
      `mutation { update_vcs_User(where: {source: {_eq: "Upd"}}, _set: {name: "Updated"}) {
         affected_rows returning { uid name } } }`,
    );
    const update = data.update_vcs_User as { affected_rows: number; returning: { uid: string; name: string }[] };
    expect(update.affected_rows).toBe(2);
    expect(update.returning.map((row) => row.uid).sort()).toEqual(['u1', 'u2']);
    expect(update.returning.every((row) => row.name === 'Updated')).toBe(true);
    const pr = await graphqlData(
      ce,
      `mutation { update_vcs_PullRequest_by_pk(pk_columns: {id: "GitHub|faros-ai|faros-community-edition|42"},
         _set: {title: "By pk"}, _inc: {number: 1}) { title number } }`,
    );
    expect(pr.update_vcs_PullRequest_by_pk).toEqual({ title: 'By pk', number: 43 });
  });

  test('delete_<T> removes the matching rows and returns them; delete_<T>_by_pk returns the row or null', async () => {
    const data = await graphqlData(
      ce,
      `mutation { delete_vcs_User(where: {source: {_eq: "Upd"}}) { affected_rows returning { id } }
         one: delete_vcs_User_by_pk(id: "Other|u3") { uid }
         none: delete_vcs_User_by_pk(id: "Other|u3") { uid } }`,
    );
    expect(data).toEqual({
      delete_vcs_User: { affected_rows: 2, returning: [{ id: 'Upd|u1' }, { id: 'Upd|u2' }] },
      one: { uid: 'u3' },
      none: null,
    });
    const left = await graphqlData(
      ce,
      '{ vcs_User_aggregate(where: {source: {_in: ["Upd", "Other"]}}) { aggregate { count } } }',
    );
    expect(left.vcs_User_aggregate).toEqual({ aggregate: { count: 0 } });
  });
});
