import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FarosCeDatabase, FarosCeQueryable } from '../storage/faros-ce-database.js';
import { openFarosCeDatabase } from '../storage/open-faros-ce-database.js';
import { openPgliteDatabase } from '../storage/open-pglite-database.js';
import { type CatalogTable, catalogSnapshot } from './catalog-snapshot.js';
import type { FarosCeTable } from './faros-ce-table.js';
import { farosCeTables } from './faros-ce-tables.js';

// ../shared sits next to the repository; from here: schema, faros-ce, src, sandbox, packages, main.
// FAROS_CE_REFERENCE_DIR points elsewhere (e.g. at a missing directory, to see the tests skip).
const referenceDir =
  process.env.FAROS_CE_REFERENCE_DIR ??
  fileURLToPath(new URL('../../../../../../shared/reference/faros-ce/', import.meta.url));
const migrationsDir = join(referenceDir, 'canonical-schema');
const idExamplesFile = join(referenceDir, 'id-examples.json');
const available = existsSync(migrationsDir) && existsSync(idExamplesFile);
if (!available) {
  console.warn(
    `Faros CE schema-equivalence tests skipped: ${migrationsDir} or ${idExamplesFile} is missing ` +
      '(the reference files live in ../shared next to the repository, not in it).',
  );
}

interface IdExample {
  case: string;
  sql: string;
  ok: boolean;
  result: Record<string, unknown> | null;
  error: string | null;
}

/** CE's migration files in Flyway order (V1, V2, ... by number). */
function migrationScripts(): string[] {
  const version = (file: string): number => Number(/^V(\d+)__/.exec(file)?.[1] ?? Number.NaN);
  return readdirSync(migrationsDir)
    .filter((file) => /^V\d+__.*\.sql$/.test(file))
    .sort((a, b) => version(a) - version(b))
    .map((file) => readFileSync(join(migrationsDir, file), 'utf8'));
}

/** Lists every difference between two table descriptions, one line each. */
function differences(ours: CatalogTable, theirs: CatalogTable | undefined): string[] {
  if (theirs === undefined) return [`${ours.name}: not a CE table`];
  const found: string[] = [];
  const compare = (what: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      found.push(`${ours.name} ${what}: ours ${JSON.stringify(a)}, CE ${JSON.stringify(b)}`);
    }
  };
  compare(
    'column order',
    ours.columns.map((c) => c.name),
    theirs.columns.map((c) => c.name),
  );
  for (const column of ours.columns) {
    compare(
      `column ${column.name}`,
      column,
      theirs.columns.find((c) => c.name === column.name),
    );
  }
  compare('constraints', ours.constraints, theirs.constraints);
  compare('indexes', ours.indexes, theirs.indexes);
  return found;
}

/** A value of a column's type for the sample rows; jsonb carries every field a generated column reads. */
function sampleValue(table: FarosCeTable, name: string, type: string, tag: string): unknown {
  switch (type) {
    case 'text':
      return `${table.model}.${name} ${tag} ü|x`;
    case 'integer':
      return 42;
    case 'bigint':
      return '9007199254740993';
    case 'real':
      return 1.5;
    case 'boolean':
      return true;
    case 'timestamptz':
      return '2024-05-01T12:34:56.789+02:00';
    default: {
      const fields: Record<string, unknown> = { category: `${name}Category`, detail: `${name}Detail` };
      for (const column of table.columns) {
        const g = column.generated;
        if (g?.kind === 'jsonField' && g.source === name) {
          fields[g.key] = column.type === 'integer' ? 7 : `${g.key} value`;
        }
      }
      return JSON.stringify(fields);
    }
  }
}

/**
 * Inserts two rows into every table (one with every written column set, one with only the NOT NULL
 * ones) with foreign keys off, returns them as Postgres computed them, and rolls everything back.
 */
async function sampleRows(db: FarosCeDatabase): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  const rollback = new Error('roll back the sample rows');
  const insert = async (tx: FarosCeQueryable, table: FarosCeTable, full: boolean) => {
    const written = table.columns.filter(
      (c) => c.generated === undefined && c.name !== 'refreshedAt' && (full || c.notNull),
    );
    const names = written.map((c) => `"${c.name}"`).join(', ');
    const slots = written.map((_, i) => `$${i + 1}`).join(', ');
    const values = written.map((c) => sampleValue(table, c.name, c.type, full ? 'full' : 'min'));
    const sql =
      written.length === 0
        ? `INSERT INTO "${table.name}" DEFAULT VALUES RETURNING *`
        : `INSERT INTO "${table.name}" (${names}) VALUES (${slots}) RETURNING *`;
    const { rows: [row] = [] } = await tx.query<Record<string, unknown>>(sql, values);
    const { refreshedAt: _, ...computed } = row ?? {};
    rows.push({ table: table.name, ...computed });
  };
  await db
    .transaction(async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      for (const table of farosCeTables) {
        await insert(tx, table, true);
        await insert(tx, table, false);
      }
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return rows;
}

describe.skipIf(!available)('our Faros CE schema against the CE migrations', () => {
  let ours: FarosCeDatabase;
  let ce: FarosCeDatabase;
  const names = farosCeTables.map((t) => t.name);

  beforeAll(async () => {
    [ours, ce] = await Promise.all([openFarosCeDatabase(), openPgliteDatabase()]);
    for (const script of migrationScripts()) await ce.exec(script);
  });
  afterAll(async () => {
    await Promise.all([ours?.close(), ce?.close()]);
  });

  it('defines only CE tables, each with the same columns, constraints and indexes', async () => {
    const [mine, theirs] = await Promise.all([catalogSnapshot(ours, names), catalogSnapshot(ce, names)]);
    expect(names.length).toBeGreaterThanOrEqual(86);
    expect([...mine.keys()].sort()).toEqual([...names].sort());
    expect(theirs.size).toBe(names.length);
    const found = [...mine.values()].flatMap((table) => differences(table, theirs.get(table.name)));
    expect(found).toEqual([]);
    // Not vacuous: the snapshots carry what is compared.
    const pr = mine.get('vcs_PullRequest');
    expect(pr?.columns.find((c) => c.name === 'id')?.generated).toBe('pkey(VARIADIC ARRAY[repository, uid])');
    expect(pr?.constraints.filter((c) => c.definition.startsWith('FOREIGN KEY'))).toHaveLength(3);
    expect(pr?.indexes.length).toBeGreaterThan(10);
  });

  it('has a pkey function that joins like CE’s, edge cases included', async () => {
    const calls = [
      "pkey('GitHub', 'faros-ai')",
      "pkey(NULL, 'u1')",
      "pkey('a', NULL, NULL)",
      'pkey(NULL::text)',
      "pkey('a|b', '', 'c')",
      'pkey(VARIADIC ARRAY[]::text[])',
      'pkey(VARIADIC NULL::text[])',
    ];
    const sql = `SELECT ${calls.map((call, i) => `${call} AS c${i}`).join(', ')},
      (SELECT row(provolatile, proisstrict, pg_get_function_identity_arguments(oid) ~ 'VARIADIC')::text
         FROM pg_proc WHERE proname = 'pkey') AS traits`;
    const [{ rows: mine }, { rows: theirs }] = await Promise.all([ours.query(sql), ce.query(sql)]);
    expect(mine).toEqual(theirs);
    expect(mine[0]).toMatchObject({ c0: 'GitHub|faros-ai', c1: '|u1', c2: 'a||', c4: 'a|b||c' });
  });

  it('computes the same ids and generated columns for a row of every table', async () => {
    const [mine, theirs] = await Promise.all([sampleRows(ours), sampleRows(ce)]);
    expect(mine).toHaveLength(2 * names.length);
    expect(mine).toEqual(theirs);
    const pr = mine.find((row) => row.table === 'vcs_PullRequest');
    expect(pr).toMatchObject({ linesAdded: 7, stateCategory: 'category value' });
    const usage = mine.find((row) => row.table === 'vcs_UserToolUsage');
    expect(String(usage?.id)).toMatch(/\|1714559696789$/);
  });

  it('produces the ids of CE’s id examples, and rejects what CE rejects', async () => {
    const examples = (JSON.parse(readFileSync(idExamplesFile, 'utf8')) as { examples: IdExample[] }).examples;
    expect(examples.length).toBeGreaterThan(10);
    for (const example of examples) {
      const outcome = await ours.query<Record<string, unknown>>(example.sql).then(
        ({ rows }) => ({ ok: true, result: rows[0] ?? null, error: null }),
        (error: Error) => ({ ok: false, result: null, error: `ERROR:  ${error.message}` }),
      );
      expect({ case: example.case, ...outcome }).toEqual({
        case: example.case,
        ok: example.ok,
        result: example.result,
        error: example.error,
      });
    }
  });
});
