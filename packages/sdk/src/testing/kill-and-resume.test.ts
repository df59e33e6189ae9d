import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { configuredCatalogFrom } from './configured-catalog-from.js';
import { command } from './connector-under-test.js';
import { killAndResume } from './kill-and-resume.js';

// The child imports the built SDK (`@faros-ce/sdk` resolves to dist/).
const script = fileURLToPath(new URL('./fixtures/paged-source.ts', import.meta.url));
const subject = command(process.execPath, [script]);
const catalog = configuredCatalogFrom(
  {
    streams: ['items', 'tags'].map((name) => ({
      name,
      json_schema: { type: 'object', properties: { id: { type: 'integer' }, updated_at: { type: 'string' } } },
      supported_sync_modes: ['full_refresh', 'incremental'] as ['full_refresh', 'incremental'],
      default_cursor_field: ['updated_at'],
      source_defined_primary_key: [['id']],
    })),
  },
  { syncMode: 'incremental' },
);

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url)))) {
    throw new Error('these tests run a child importing the built SDK: run `npm run build` in packages/sdk');
  }
});

describe('killAndResume', () => {
  it('finds every key of an uninterrupted run in the union of interrupted attempts of a correct source', async () => {
    const report = await killAndResume({ subject, config: {}, catalog, seed: 1 });
    expect(report.problem).toBeUndefined();
    expect(report.baseline).toEqual({ records: 160, keys: 160, rateLimitWaits: 0 });
    expect(report.killPoints).toHaveLength(5);
    expect(report.killPoints.every((k) => k.kind === 'record')).toBe(true);
    expect(report.attempts).toHaveLength(6);
    expect(report.attempts.at(-1)).toMatchObject({ exitCode: 0, signal: null });
    expect(report.attempts.slice(0, -1).every((a) => a.signal === 'SIGKILL' && a.killedAt !== undefined)).toBe(true);
    // Every attempt after the first resumed from the states the previous ones got out.
    expect(report.attempts.slice(1).every((a) => a.resumedStreams > 0)).toBe(true);
    expect(report).toMatchObject({ passed: true, completed: true, missingCount: 0, missingKeys: [] });
    // Resuming re-reads from each checkpoint, so some records come twice.
    expect(report.duplicates).toBeGreaterThan(0);
  });

  it('gives the same kill points for the same seed and other ones for another seed', async () => {
    const plan = (seed: number) =>
      killAndResume({ subject, config: { items: 40, tags: 0 }, catalog, seed, maxKills: 2 }).then((r) =>
        r.killPoints.map((k) => [k.kind, k.afterRecords]),
      );
    const first = await plan(7);
    expect(await plan(7)).toEqual(first);
    expect(await plan(8)).not.toEqual(first);
  });

  it('kills during rate-limit waits and resumes from the states seen before', async () => {
    const report = await killAndResume({
      subject,
      config: { rateLimitEvery: 25 },
      catalog,
      seed: 3,
      maxKills: 3,
      rateLimitKillChance: 1,
    });
    expect(report.baseline.rateLimitWaits).toBe(5);
    expect(report.killPoints.map((k) => k.kind)).toEqual(['rate-limited', 'rate-limited', 'rate-limited']);
    expect(report.killPoints[0]).toMatchObject({ attempt: 1, stream: 'items' });
    expect(report).toMatchObject({ passed: true, missingCount: 0 });
  });

  it('reports the keys a source loses when it resumes past its checkpoint', async () => {
    const report = await killAndResume({ subject, config: { skipOnResume: 15 }, catalog, seed: 1 });
    expect(report.completed).toBe(true);
    expect(report.passed).toBe(false);
    expect(report.missingCount).toBeGreaterThan(0);
    expect(report.missingKeys[0]).toEqual({
      stream: expect.stringMatching(/^(items|tags)$/),
      key: expect.stringMatching(/^\[\d+\]$/),
    });
  });

  it('says why when the uninterrupted run fails', async () => {
    const report = await killAndResume({ subject, config: { items: 'many' }, catalog, seed: 1 });
    expect(report).toMatchObject({
      passed: false,
      completed: false,
      attempts: [],
      problem: 'the uninterrupted run exited with 1',
    });
  });
});
