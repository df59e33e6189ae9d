import { describe, expect, it } from 'vitest';
import type { ReadContext } from '../source/stream.js';
import { checkIncremental } from './check-incremental.js';
import { inProcess } from './connector-under-test.js';
import { Departments, Employees, GOOD_CONFIG, type MemoryConfig, MemorySource } from './fixtures/memory-source.js';

/** Every record has the same cursor value, so a second read from the state returns everything again. */
class FlatCursor extends Employees {
  override rows(ctx: ReadContext<MemoryConfig>) {
    return super.rows({ ...ctx, bookmark: undefined }).map((r) => ({ ...r, updated_at: '2026-01-01T00:00:00.000Z' }));
  }
}

/** Resuming from a state skips the three records after it: an off-by-a-page bug. */
class SkipsAfterResume extends Employees {
  override rows(ctx: ReadContext<MemoryConfig>) {
    const rows = super.rows(ctx);
    return ctx.bookmark === undefined ? rows : rows.slice(4);
  }
}

const rules = (r: { failures: readonly { rule: string; stream?: string }[] }) =>
  r.failures.map((f) => [f.rule, f.stream]);

describe('checkIncremental', () => {
  it('passes a source that resumes from its states', async () => {
    const result = await checkIncremental(inProcess(new MemorySource()), GOOD_CONFIG);
    expect(result.failures).toEqual([]);
    // discover, first read, second read, then one read per sampled checkpoint (4 of 5 have records after them).
    expect(result.runs.map((r) => r.count('RECORD'))).toEqual([0, 23, 1, 19, 14, 9, 4]);
  });

  it('samples at most the number of checkpoints asked for, or none', async () => {
    const subject = inProcess(new MemorySource());
    expect(
      (await checkIncremental(subject, { ...GOOD_CONFIG, rows: 100 }, { checkpointSamples: 3 })).runs,
    ).toHaveLength(6);
    expect((await checkIncremental(subject, GOOD_CONFIG, { checkpointSamples: 0 })).runs).toHaveLength(3);
  });

  it('reports a second read that gives the same records', async () => {
    const result = await checkIncremental(inProcess(new MemorySource(() => [new FlatCursor()])), GOOD_CONFIG);
    expect(rules(result)).toEqual([['incremental-second-read', 'employees']]);
  });

  it('reports resuming from a checkpoint that gives fewer records than were counted after it', async () => {
    const result = await checkIncremental(inProcess(new MemorySource(() => [new SkipsAfterResume()])), GOOD_CONFIG, {
      checkpointSamples: 2,
    });
    // Two samples: the first and the last checkpoint with records after it.
    expect(result.failures.map((f) => [f.rule, f.stream, f.message])).toEqual([
      [
        'checkpoint-resume',
        'employees',
        'resuming from checkpoint 1 of 5 gave 15 records; the first read counted 18 after it',
      ],
      [
        'checkpoint-resume',
        'employees',
        'resuming from checkpoint 4 of 5 gave 0 records; the first read counted 3 after it',
      ],
    ]);
  });

  it('reports a first read without records', async () => {
    const result = await checkIncremental(inProcess(new MemorySource()), { ...GOOD_CONFIG, rows: 0 });
    expect(rules(result)).toEqual([['incremental-records', 'employees']]);
  });

  it('is skipped when no stream supports incremental', async () => {
    const result = await checkIncremental(inProcess(new MemorySource(() => [new Departments()])), GOOD_CONFIG);
    expect(result).toMatchObject({ passed: true, skipped: 'no stream supports incremental' });
  });
});
