import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningFarosCe, startFarosCe } from './index.js';
import { graphql, graphqlData, postJson } from './testing/faros-ce-test-client.js';

let ce: RunningFarosCe;
beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: 'errors-secret' });
  await graphqlData(ce, 'mutation { insert_vcs_Organization_one(object: {uid: "acme", source: "GitHub"}) { id } }');
});
afterAll(async () => {
  await ce?.close();
});

describe('errors as Hasura v2 shapes them', () => {
  test('validation-failed: a field the type does not have', async () => {
    expect(await graphql(ce, '{ vcs_PullRequest { id nope } }')).toEqual({
      errors: [
        {
          message: `field "nope" not found in type: 'vcs_PullRequest'`,
          extensions: { path: '$.selectionSet.vcs_PullRequest.selectionSet.nope', code: 'validation-failed' },
        },
      ],
    });
  });

  test('validation-failed: an input field the insert type does not have, and a query that does not parse', async () => {
    expect(await graphql(ce, 'mutation { insert_vcs_User_one(object: {uid: "u", htmlUrl: "x"}) { id } }')).toEqual({
      errors: [
        {
          message: `field "htmlUrl" not found in type: 'vcs_User_insert_input'`,
          extensions: { path: '$.selectionSet.insert_vcs_User_one.args.object.htmlUrl', code: 'validation-failed' },
        },
      ],
    });
    expect(await graphql(ce, '{ vcs_User { id ')).toEqual({
      errors: [{ message: 'not a valid graphql query', extensions: { path: '$.query', code: 'validation-failed' } }],
    });
  });

  test('validation-failed: a missing required argument or input field', async () => {
    const noArgument = await graphql(ce, 'mutation { delete_vcs_User { affected_rows } }');
    expect(noArgument).toEqual({
      errors: [
        {
          message: "missing required field 'where'",
          extensions: { path: '$.selectionSet.delete_vcs_User', code: 'validation-failed' },
        },
      ],
    });
    const noField = await graphql(
      ce,
      'mutation { insert_vcs_User_one(object: {uid: "u"}, on_conflict: {update_columns: []}) { id } }',
    );
    expect(noField).toEqual({
      errors: [
        {
          message: "missing required field 'constraint'",
          extensions: { path: '$.selectionSet.insert_vcs_User_one.args.on_conflict', code: 'validation-failed' },
        },
      ],
    });
  });

  test('validation-failed: a variable of the wrong type', async () => {
    const body = await graphql(ce, 'query ($limit: Int) { vcs_User(limit: $limit) { id } }', { limit: 'ten' });
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringContaining('$limit'),
          extensions: { path: '$.variableValues.limit', code: 'validation-failed' },
        },
      ],
    });
  });

  test('validation-failed: a null operand in a boolean expression', async () => {
    const body = await graphql(ce, '{ vcs_User(where: {name: {_eq: null}}) { id } }');
    expect(body).toEqual({
      errors: [
        {
          message: 'unexpected null value for type "String"',
          extensions: { path: '$.selectionSet.vcs_User.args.where.name._eq', code: 'validation-failed' },
        },
      ],
    });
  });

  test('parse-failed: a request body without a query string', async () => {
    expect((await postJson(ce, '/v1/graphql', { variables: {} })).body).toEqual({
      errors: [{ message: 'key "query" not found', extensions: { path: '$', code: 'parse-failed' } }],
    });
    expect((await postJson(ce, '/v1/graphql', { query: 42 })).body).toEqual({
      errors: [
        { message: 'expected String, but encountered Number', extensions: { path: '$.query', code: 'parse-failed' } },
      ],
    });
  });

  test('constraint-violation: a foreign key or not-null violation, at the insert arguments', async () => {
    const fk = await graphql(
      ce,
      'mutation { insert_vcs_Repository(objects: [{uid: "r", organization: "GitHub|nobody"}]) { affected_rows } }',
    );
    expect(fk).toEqual({
      errors: [
        {
          message:
            'Foreign key violation. insert or update on table "vcs_Repository" violates foreign key constraint "vcs_Repository_organization_fkey"',
          extensions: { path: '$.selectionSet.insert_vcs_Repository.args.objects', code: 'constraint-violation' },
        },
      ],
    });
    const notNull = await graphql(ce, 'mutation { insert_vcs_Repository_one(object: {name: "no uid"}) { id } }');
    expect(notNull.errors).toEqual([
      {
        message: expect.stringMatching(/^Not-NULL violation\. null value in column "uid" of relation "vcs_Repository"/),
        extensions: { path: '$.selectionSet.insert_vcs_Repository_one.args.object', code: 'constraint-violation' },
      },
    ]);
    const referenced = await graphql(
      ce,
      'mutation { insert_vcs_Repository_one(object: {uid: "kept", organization: "GitHub|acme"}) { id } }',
    );
    expect(referenced).toEqual({ data: { insert_vcs_Repository_one: { id: 'GitHub|acme|kept' } } });
    const restrict = await graphql(ce, 'mutation { delete_vcs_Organization(where: {}) { affected_rows } }');
    expect(restrict.errors).toEqual([
      {
        message: expect.stringMatching(/^Foreign key violation\. update or delete on table "vcs_Organization"/),
        extensions: { path: '$', code: 'constraint-violation' },
      },
    ]);
  });

  test('data-exception: a value Postgres cannot read as the column type', async () => {
    const body = await graphql(
      ce,
      'mutation { insert_vcs_User_one(object: {uid: "d", source: "GitHub", refreshedAt: "yesterday-ish"}) { id } }',
    );
    expect(body).toEqual({
      errors: [
        {
          message: 'invalid input syntax for type timestamp with time zone: "yesterday-ish"',
          extensions: { path: '$.selectionSet.insert_vcs_User_one.args.object', code: 'data-exception' },
        },
      ],
    });
  });

  test('access-denied: a wrong or missing admin secret (HTTP 200 on GraphQL, 401 on the other APIs)', async () => {
    const wrong = await postJson(ce, '/v1/graphql', { query: '{ vcs_User { id } }' }, 'not-the-secret');
    expect(wrong).toEqual({
      status: 200,
      body: {
        errors: [
          {
            message: 'invalid x-hasura-admin-secret/x-hasura-access-key',
            extensions: { path: '$', code: 'access-denied' },
          },
        ],
      },
    });
    const missing = await postJson(ce, '/v1/graphql', { query: '{ vcs_User { id } }' }, null);
    expect(missing.body).toEqual({
      errors: [
        {
          message: 'x-hasura-admin-secret/x-hasura-access-key required, but not found',
          extensions: { path: '$', code: 'access-denied' },
        },
      ],
    });
    for (const path of ['/v1/metadata', '/v2/query']) {
      expect(await postJson(ce, path, { type: 'export_metadata', args: {} }, 'wrong')).toEqual({
        status: 401,
        body: { path: '$', error: 'invalid x-hasura-admin-secret/x-hasura-access-key', code: 'access-denied' },
      });
    }
  });

  test('unexpected: the same key twice in one multi-row upsert (Postgres cannot update a row twice)', async () => {
    const body = await graphql(
      ce,
      `mutation { insert_vcs_User(objects: [{uid: "twice", source: "GitHub"}, {uid: "twice", source: "GitHub"}],
         on_conflict: {constraint: vcs_User_pkey, update_columns: [name]}) { affected_rows } }`,
    );
    expect(body).toEqual({
      errors: [
        {
          message: 'database query error',
          extensions: {
            path: '$.selectionSet.insert_vcs_User.args.objects',
            code: 'unexpected',
            internal: expect.objectContaining({
              error: expect.objectContaining({
                status_code: '21000',
                message: expect.stringContaining('ON CONFLICT DO UPDATE command cannot affect row a second time'),
              }),
            }),
          },
        },
      ],
    });
  });

  test('invalid-json: a body that is not JSON', async () => {
    const answer = await postJson(ce, '/v1/graphql', '{"query": ');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      errors: [{ message: expect.stringMatching(/^Error in \$: /), extensions: { path: '$', code: 'invalid-json' } }],
    });
  });
});
