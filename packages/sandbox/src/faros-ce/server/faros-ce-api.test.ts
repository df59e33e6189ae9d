import {
  buildClientSchema,
  type GraphQLNamedType,
  getIntrospectionQuery,
  type IntrospectionQuery,
  isEnumType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadTableCatalog } from '../graphql/index.js';
import { type ReferenceSchema, readFarosCeReference } from '../graphql/testing/faros-ce-reference.js';
import { type FarosCeDatabase, openFarosCeDatabase } from '../storage/index.js';
import { type HasuraMetadata, type MetadataTable, type RunningFarosCe, startFarosCe } from './index.js';
import { graphqlData, postJson } from './testing/faros-ce-test-client.js';

let db: FarosCeDatabase;
let ce: RunningFarosCe;
beforeAll(async () => {
  db = await openFarosCeDatabase();
  ce = await startFarosCe({ db, adminSecret: 'api-secret' });
});
afterAll(async () => {
  await ce?.close();
  await db?.close();
});

describe('health, version, routing', () => {
  test('GET /healthz answers OK without a secret, as Hasura does', async () => {
    const response = await fetch(`${ce.url}/healthz`);
    expect([response.status, await response.text()]).toEqual([200, 'OK']);
  });

  test('GET /v1/version names the Hasura version CE runs; unknown paths are not-found', async () => {
    expect(await (await fetch(`${ce.url}/v1/version`)).json()).toEqual({ version: 'v2.1.1' });
    const missing = await postJson(ce, '/v1/nothing', {});
    expect(missing).toEqual({ status: 404, body: { path: '$', error: 'resource does not exist', code: 'not-found' } });
  });

  test('a batched /v1/graphql request gets one answer per query', async () => {
    const answer = await postJson(ce, '/v1/graphql', [{ query: '{ vcs_User { id } }' }, { query: '{ nope }' }]);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      { data: { vcs_User: [] } },
      {
        errors: [
          {
            message: `field "nope" not found in type: 'query_root'`,
            extensions: { path: '$.selectionSet.nope', code: 'validation-failed' },
          },
        ],
      },
    ]);
  });
});

describe('catalog', () => {
  test('reads columns, generation, comments, keys and foreign keys from pg_catalog', async () => {
    const catalog = await loadTableCatalog(db);
    expect(catalog.tables.size).toBe(86);
    const pr = catalog.tables.get('vcs_PullRequest');
    const column = (name: string) => pr?.columns.find((c) => c.name === name);
    expect(column('id')).toMatchObject({
      typeName: 'text',
      nullable: false,
      generated: true,
      generationExpression: 'pkey(VARIADIC ARRAY[repository, uid])',
      comment: 'generated',
    });
    expect(column('refreshedAt')).toMatchObject({
      sqlType: 'timestamp with time zone',
      nullable: false,
      defaultExpression: 'now()',
    });
    expect(column('stateCategory')).toMatchObject({
      generated: true,
      generationExpression: "(state ->> 'category'::text)",
    });
    expect(pr?.primaryKey).toEqual({ name: 'vcs_PullRequest_pkey', columns: ['id'] });
    expect(pr?.foreignKeys.map((fk) => [fk.columns, fk.referencedTable])).toEqual(
      expect.arrayContaining([
        [['author'], 'vcs_User'],
        [['mergeCommit'], 'vcs_Commit'],
        [['repository'], 'vcs_Repository'],
      ]),
    );
  });
});

describe('POST /v1/metadata', () => {
  test('export_metadata (version 1 and 2) lists every table with relationships named by CE', async () => {
    const v1 = (await postJson(ce, '/v1/metadata', { type: 'export_metadata', args: {} }))
      .body as unknown as HasuraMetadata;
    const v2 = (await postJson(ce, '/v1/metadata', { type: 'export_metadata', version: 2, args: {} })).body;
    expect(v2).toEqual({ resource_version: 1, metadata: v1 });
    const source = v1.sources[0];
    expect(source).toMatchObject({ name: 'default', kind: 'postgres' });
    expect(source?.tables).toHaveLength(86);
    const dependency = source?.tables.find((t) => t.table.name === 'tms_TaskDependency');
    expect(dependency).toEqual({
      table: { name: 'tms_TaskDependency', schema: 'public' },
      object_relationships: [
        { name: 'tms_Task__dependentTask', using: { foreign_key_constraint_on: 'dependentTask' } },
        { name: 'tms_Task__fulfillingTask', using: { foreign_key_constraint_on: 'fulfillingTask' } },
      ],
    });
    const repository = source?.tables.find((t) => t.table.name === 'vcs_Repository');
    expect(repository?.array_relationships).toContainEqual({
      name: 'vcs_PullRequests',
      using: {
        foreign_key_constraint_on: { column: 'repository', table: { name: 'vcs_PullRequest', schema: 'public' } },
      },
    });
  });

  const derived = readFarosCeReference<HasuraMetadata>('hasura-metadata.derived.json', 'metadata comparison with CE');
  test.skipIf(!derived)("matches the metadata CE's init derives, table by table", async () => {
    const ours = (await postJson(ce, '/v1/metadata', { type: 'export_metadata', args: {} }))
      .body as unknown as HasuraMetadata;
    const summary = (table: MetadataTable) => ({
      object: (table.object_relationships ?? []).map((r) => `${r.name}:${r.using.foreign_key_constraint_on}`).sort(),
      array: (table.array_relationships ?? [])
        .map(
          (r) =>
            `${r.name}:${r.using.foreign_key_constraint_on.table.name}.${r.using.foreign_key_constraint_on.column}`,
        )
        .sort(),
    });
    const byName = (metadata: HasuraMetadata) =>
      Object.fromEntries((metadata.sources[0]?.tables ?? []).map((t) => [t.table.name, summary(t)]));
    expect(byName(ours)).toEqual(byName(derived as HasuraMetadata));
  });

  test('reload_metadata re-reads the catalog', async () => {
    const answer = await postJson(ce, '/v1/metadata', { type: 'reload_metadata', args: {} });
    expect(answer).toEqual({ status: 200, body: { message: 'success', is_consistent: true } });
  });
});

describe('POST /v2/query run_sql', () => {
  const runSql = (sql: string) =>
    postJson(ce, '/v2/query', { type: 'run_sql', args: { source: 'default', sql, cascade: false, read_only: true } });

  test('answers the primary-key query the Faros destination sends, rows as text under a header', async () => {
    const answer = await runSql(
      `SELECT c.table_name, c.generation_expression AS exp FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.is_generated = 'ALWAYS' ORDER BY c.table_name`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.result_type).toBe('TuplesOk');
    const result = answer.body.result as string[][];
    expect(result[0]).toEqual(['table_name', 'exp']);
    expect(result).toHaveLength(87);
    expect(result).toContainEqual(['vcs_PullRequest', 'pkey(VARIADIC ARRAY[repository, uid])']);
    const typed = await runSql(`SELECT 1 AS n, true AS b, NULL::text AS x, '{"a": 1}'::jsonb AS j; SELECT 2 AS last`);
    expect(typed.body).toEqual({ result_type: 'TuplesOk', result: [['last'], ['2']] });
    const values = await runSql(`SELECT 1 AS n, true AS b, NULL::text AS x, '{"a": 1}'::jsonb AS j`);
    expect(values.body.result).toEqual([
      ['n', 'b', 'x', 'j'],
      ['1', 't', null, '{"a":1}'],
    ]);
  });

  test('refuses writes, DDL and transaction control, and writes nothing', async () => {
    const insert = await runSql(`INSERT INTO "vcs_User" (uid, source) VALUES ('sneaky', 'GitHub')`);
    expect(insert.status).toBe(400);
    expect(insert.body).toMatchObject({
      path: '$',
      error: 'query execution failed',
      code: 'postgres-error',
      internal: { error: { status_code: '25006', message: 'cannot execute INSERT in a read-only transaction' } },
    });
    const ddl = await runSql('CREATE TABLE evil (x int)');
    expect(ddl.body).toMatchObject({ code: 'postgres-error', internal: { error: { status_code: '25006' } } });
    const control = await runSql(`COMMIT; INSERT INTO "vcs_User" (uid, source) VALUES ('sneaky', 'GitHub')`);
    expect(control).toMatchObject({ status: 400, body: { code: 'not-supported', path: '$.args.sql' } });
    const users = await graphqlData(ce, '{ vcs_User(where: {uid: {_eq: "sneaky"}}) { id } }');
    expect(users.vcs_User).toEqual([]);
    const tables = await runSql(`SELECT count(*) AS n FROM pg_class WHERE relname = 'evil'`);
    expect(tables.body.result).toEqual([['n'], ['0']]);
  });
});

describe('introspection', () => {
  const introspect = async () => {
    const data = await graphqlData(ce, getIntrospectionQuery());
    return buildClientSchema(data as unknown as IntrospectionQuery);
  };

  test("graphql-js's introspection query builds a client schema with Hasura's root types", async () => {
    const schema = await introspect();
    expect(schema.getQueryType()?.name).toBe('query_root');
    expect(schema.getMutationType()?.name).toBe('mutation_root');
    const pr = schema.getType('vcs_PullRequest');
    if (!isObjectType(pr)) throw new Error('vcs_PullRequest is not an object type');
    expect(pr.getFields().id?.description).toBe('generated');
    expect(pr.getFields().title?.description).toBeFalsy();
    expect(String(pr.getFields().id?.type)).toBe('String!');
    expect(String(pr.getFields().diffStats?.type)).toBe('jsonb');
    expect(String(pr.getFields().vcs_Repository?.type)).toBe('vcs_Repository');
    const insertOne = schema.getMutationType()?.getFields().insert_vcs_PullRequest_one;
    expect(insertOne?.args.map((arg) => `${arg.name}: ${String(arg.type)}`)).toEqual([
      'object: vcs_PullRequest_insert_input!',
      'on_conflict: vcs_PullRequest_on_conflict',
    ]);
  });

  const reference = readFarosCeReference<ReferenceSchema>('schema.json', 'introspection comparison with CE');
  test.skipIf(!reference)('names root fields, types, relationships and scalars like CE for every table', async () => {
    const schema = await introspect();
    const query = schema.getQueryType()?.getFields() ?? {};
    const mutation = schema.getMutationType()?.getFields() ?? {};
    const scalarOf: Record<string, string> = {
      text: 'String',
      integer: 'Int',
      bigint: 'bigint',
      real: 'Float',
      boolean: 'Boolean',
      jsonb: 'jsonb',
      'timestamp with time zone': 'timestamptz',
    };
    const problems: string[] = [];
    const need = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    for (const table of reference?.tables ?? []) {
      const names = table.hasura.graphql_names;
      for (const key of ['select', 'select_by_pk', 'select_aggregate'])
        need((names[key] as string) in query, `query ${names[key]}`);
      for (const key of ['insert', 'insert_one', 'update', 'update_by_pk', 'delete', 'delete_by_pk']) {
        need((names[key] as string) in mutation, `mutation ${names[key]}`);
      }
      for (const key of ['insert_input_type', 'on_conflict_type', 'update_column_enum', 'bool_exp_type']) {
        need(schema.getType(names[key] as string) !== undefined, `type ${names[key]}`);
      }
      const constraint: GraphQLNamedType | undefined = schema.getType(names.constraint_enum as string);
      need(
        isEnumType(constraint) && constraint.getValue(names.pkey_constraint as string) !== undefined,
        `${names.pkey_constraint}`,
      );
      const type = schema.getType(table.name);
      if (!isObjectType(type)) {
        problems.push(`object type ${table.name}`);
        continue;
      }
      const fields = type.getFields();
      for (const rel of [...table.hasura.object_relationships, ...table.hasura.array_relationships]) {
        need(rel.name in fields, `${table.name}.${rel.name}`);
      }
      for (const column of table.columns) {
        const field = fields[column.name];
        need(
          field !== undefined && String(field.type).replace('!', '') === scalarOf[column.type],
          `${table.name}.${column.name}`,
        );
        need((field?.description ?? undefined) === column.comment, `${table.name}.${column.name} description`);
      }
    }
    expect(problems).toEqual([]);
  });
});
