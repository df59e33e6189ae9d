import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farosCeTables } from '../schema/faros-ce-tables.js';
import { itBehavesLikeAFarosCeDatabase } from './faros-ce-database-suite.js';
import { openFarosCeDatabase } from './open-faros-ce-database.js';

// A throwaway Postgres cluster on a Unix socket, from the server binaries on PATH (as the `postgres`
// user when we run as root: initdb refuses root).
const binDir = ['/usr/local/bin', '/usr/lib/postgresql/15/bin', '/usr/bin'].find((dir) =>
  existsSync(join(dir, 'initdb')),
);
const asRoot = process.getuid?.() === 0;
if (binDir === undefined) {
  console.warn('openFarosCeDatabase({ postgresUrl }) tests skipped: no initdb found to start a Postgres');
}

function run(command: string, args: string[]): void {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: 'pipe' });
}

describe.skipIf(binDir === undefined)('openFarosCeDatabase with a Postgres URL', () => {
  const root = mkdtempSync(join(tmpdir(), 'faros-ce-pg-'));
  const dataDir = join(root, 'data');
  const url = `postgres://postgres@/postgres?host=${encodeURIComponent(root)}`;
  let started = false;

  beforeAll(() => {
    if (asRoot) chownSync(root, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
    run(join(binDir ?? '', 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    const options = `-c listen_addresses='' -c unix_socket_directories='${root}' -c fsync=off`;
    run(join(binDir ?? '', 'pg_ctl'), ['-D', dataDir, '-o', options, '-w', '-l', join(root, 'log'), 'start']);
    started = true;
  });
  afterAll(() => {
    if (started) run(join(binDir ?? '', 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
    rmSync(root, { recursive: true, force: true });
  });

  it('applies the schema once when two processes open a fresh database at the same time', async () => {
    const [a, b] = await Promise.all([
      openFarosCeDatabase({ postgresUrl: url }),
      openFarosCeDatabase({ postgresUrl: url }),
    ]);
    try {
      expect([a.kind, b.kind]).toEqual(['postgres', 'postgres']);
      const { rows } = await a.query<{ count: number }>(
        `SELECT count(*) AS count FROM pg_catalog.pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
      );
      expect(rows).toEqual([{ count: farosCeTables.length }]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  describe('behaves like every Faros CE database', () => {
    itBehavesLikeAFarosCeDatabase(async () => {
      const db = await openFarosCeDatabase({ postgresUrl: url });
      // A fresh schema per run: drop what the concurrency test created.
      await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await db.close();
      return openFarosCeDatabase({ postgresUrl: url });
    });
  });
});
