import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { itBehavesLikeAFarosCeDatabase } from './faros-ce-database-suite.js';
import { openFarosCeDatabase } from './open-faros-ce-database.js';

describe('openFarosCeDatabase with PGlite in memory', () => {
  itBehavesLikeAFarosCeDatabase(async () => {
    const db = await openFarosCeDatabase();
    expect(db.kind).toBe('pglite');
    return db;
  });
});

describe('openFarosCeDatabase with PGlite in a directory', () => {
  let parent: string | undefined;
  afterAll(async () => {
    if (parent !== undefined) await rm(parent, { recursive: true, force: true });
  });

  it('keeps its rows across close and reopen, and creates a missing directory', async () => {
    parent = await mkdtemp(join(tmpdir(), 'faros-ce-storage-'));
    const dataDir = join(parent, 'nested', 'db');
    const first = await openFarosCeDatabase({ dataDir });
    await first.query(`INSERT INTO "cicd_Organization" (uid, source) VALUES ('jenkins.example.com', 'Jenkins')`);
    await first.transaction((tx) =>
      tx.query(`INSERT INTO "cicd_Pipeline" (uid, organization) VALUES ('folder/job', $1)`, [
        'Jenkins|jenkins.example.com',
      ]),
    );
    await first.close();
    const second = await openFarosCeDatabase({ dataDir });
    try {
      const { rows } = await second.query(`SELECT id FROM "cicd_Pipeline"`);
      expect(rows).toEqual([{ id: 'Jenkins|jenkins.example.com|folder/job' }]);
      const { rows: settings } = await second.query(`SELECT current_setting('TimeZone') AS tz`);
      expect(settings).toEqual([{ tz: 'UTC' }]);
    } finally {
      await second.close();
    }
  });

  it('refuses both a directory and a Postgres URL', async () => {
    await expect(openFarosCeDatabase({ dataDir: '/tmp/x', postgresUrl: 'postgres://h/db' })).rejects.toThrow(
      'not both',
    );
  });
});
