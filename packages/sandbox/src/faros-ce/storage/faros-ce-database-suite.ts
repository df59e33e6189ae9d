import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyFarosCeSchema } from './apply-faros-ce-schema.js';
import type { FarosCeDatabase } from './faros-ce-database.js';
import { FarosCeDatabaseError } from './faros-ce-database-error.js';

/**
 * Test support: the behaviour every engine behind `FarosCeDatabase` must show, run by each engine's
 * test file (inside its `describe`) against a fresh database that `open` returns with the schema applied.
 */
export function itBehavesLikeAFarosCeDatabase(open: () => Promise<FarosCeDatabase>): void {
  let db: FarosCeDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('holds the Faros CE schema, computes ids from natural keys, and reapplies it as a no-op', async () => {
    const tables = await db.query<{ count: number }>(
      `SELECT count(*) AS count FROM pg_catalog.pg_class
        WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'`,
    );
    expect(tables.rows).toEqual([{ count: 86 }]);
    await db.query(`INSERT INTO "vcs_Organization" (uid, source) VALUES ('faros-ai', 'GitHub')`);
    await db.query(`INSERT INTO "vcs_Repository" (uid, organization) VALUES ('ce', 'GitHub|faros-ai')`);
    const pr = await db.query<Record<string, unknown>>(
      `INSERT INTO "vcs_PullRequest" (uid, repository, state, "diffStats") VALUES ($1, $2, $3, $4)
       RETURNING id, "stateCategory", "linesAdded"`,
      ['42', 'GitHub|faros-ai|ce', { category: 'Merged', detail: 'MERGED' }, '{"linesAdded": 10}'],
    );
    expect(pr).toEqual({
      rows: [{ id: 'GitHub|faros-ai|ce|42', stateCategory: 'Merged', linesAdded: 10 }],
      affectedRows: 1,
    });
    const user = await db.query(`INSERT INTO "tms_User" (uid) VALUES ('u1') RETURNING id`);
    expect(user.rows).toEqual([{ id: '|u1' }]);
    expect(await applyFarosCeSchema(db)).toEqual({ createdPkeyFunction: false, createdTables: [] });
  });

  it('returns timestamps as UTC ISO strings, jsonb parsed, bigints as numbers, and counts writes', async () => {
    const { rows } = await db.query(
      `SELECT '2024-05-01T12:34:56.789123+02:00'::timestamptz AS tz,
              '2024-05-01T12:00:00+00'::timestamptz AS whole,
              ARRAY['2024-05-01T00:00:00Z'::timestamptz, NULL] AS "tzArray",
              '2024-05-01 12:34:56.5'::timestamp AS ts, '2024-05-01'::date AS day,
              '{"b": [1, 2], "a": null}'::jsonb AS doc, 5::int8 AS small, 9007199254740993::int8 AS big,
              ARRAY[1, 2]::int8[] AS bigs, 1.50::numeric AS num, 1.5::real AS float, NULL::text AS nothing,
              $1::timestamptz AS param`,
      [new Date('2024-05-01T00:00:00.000Z')],
    );
    expect(rows).toEqual([
      {
        tz: '2024-05-01T10:34:56.789123+00:00',
        whole: '2024-05-01T12:00:00+00:00',
        tzArray: ['2024-05-01T00:00:00+00:00', null],
        ts: '2024-05-01T12:34:56.5',
        day: '2024-05-01',
        doc: { a: null, b: [1, 2] },
        small: 5,
        big: '9007199254740993',
        bigs: [1, 2],
        num: '1.50',
        float: 1.5,
        nothing: null,
        param: '2024-05-01T00:00:00+00:00',
      },
    ]);
    await db.query(`INSERT INTO "vcs_Label" (name) VALUES ('a'), ('b'), ('c')`);
    const upsert = await db.query(
      `INSERT INTO "vcs_Label" (name, origin) VALUES ('a', 'o'), ('d', 'o')
       ON CONFLICT (id) DO UPDATE SET origin = excluded.origin`,
    );
    expect(upsert).toEqual({ rows: [], affectedRows: 2 });
    expect((await db.query(`UPDATE "vcs_Label" SET origin = 'p'`)).affectedRows).toBe(4);
    expect((await db.query(`DELETE FROM "vcs_Label" WHERE name = 'zzz'`)).affectedRows).toBe(0);
    expect((await db.query(`SELECT name FROM "vcs_Label"`)).affectedRows).toBeUndefined();
  });

  it('commits a transaction that resolves and rolls back one that throws, statement errors typed', async () => {
    const committed = await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO "tms_Label" (name) VALUES ('kept')`);
      return (await tx.query<{ id: string }>(`SELECT id FROM "tms_Label"`)).rows;
    });
    expect(committed).toEqual([{ id: 'kept' }]);
    const failure = await db
      .transaction(async (tx) => {
        await tx.query(`INSERT INTO "tms_Label" (name) VALUES ('lost')`);
        await tx.exec(`INSERT INTO "tms_Project" (uid, source) VALUES ('P', 'Jira');`);
        await tx.query(`INSERT INTO "tms_Epic" (uid, source, project) VALUES ('E', 'Jira', 'Jira|nope')`);
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FarosCeDatabaseError);
    expect(failure).toMatchObject({
      code: '23503',
      constraint: 'tms_Epic_project_fkey',
      table: 'tms_Epic',
      message: expect.stringContaining('violates foreign key constraint "tms_Epic_project_fkey"'),
    });
    const after = await db.query(
      `SELECT (SELECT count(*) FROM "tms_Label") AS labels, (SELECT count(*) FROM "tms_Project") AS projects`,
    );
    expect(after.rows).toEqual([{ labels: 1, projects: 0 }]);
    const thrown = new Error('not a database error');
    const rejected = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO "tms_Label" (name) VALUES ('undone')`);
      throw thrown;
    });
    await expect(rejected).rejects.toBe(thrown);
    const labels = await db.query(`SELECT name FROM "tms_Label"`);
    expect(labels.rows).toEqual([{ name: 'kept' }]);
    await expect(db.query(`INSERT INTO "vcs_Label" (id, name) VALUES ('x', 'y')`)).rejects.toMatchObject({
      name: 'FarosCeDatabaseError',
      code: '428C9',
    });
  });
}
