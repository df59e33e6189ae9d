import { randomUUID } from 'node:crypto';
import { type RunningFarosCe, startFarosCe } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, logs, query, recordLine, stateLine, stream, TEST_PROGRAM, write } from './support/write-harness.js';

let ce: RunningFarosCe;
let target: { url: string; adminSecret: string };
beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: randomUUID() });
  target = { url: ce.url, adminSecret: ce.adminSecret };
});
afterAll(() => ce?.close());

const count = async (repo: string): Promise<number> => {
  const data = await query<{ vcs_PullRequest_aggregate: { aggregate: { count: number } } }>(
    target,
    `{ vcs_PullRequest_aggregate(where: {repository: {_eq: "GitHub|acme|${repo}"}}) { aggregate { count } } }`,
  );
  return data.vcs_PullRequest_aggregate.aggregate.count;
};

describe('write: records Hasura or a converter refuses', () => {
  it('rejects exactly the 3 records Postgres refuses in a batch of 1,000 and commits the other 997', async () => {
    const PRS = 'r__github__test_prs';
    const bad = new Set([17, 500, 999]);
    const lines = [];
    for (let n = 0; n < 1000; n++) {
      // February 30th passes GraphQL as a string and is refused by Postgres (a data exception).
      const createdAt = bad.has(n) ? '2024-02-30T00:00:00Z' : '2024-02-01T00:00:00Z';
      lines.push(
        recordLine(PRS, { org: 'acme', repo: 'thousand', number: n, title: `PR ${n}`, created_at: createdAt }),
      );
    }
    lines.push(stateLine(PRS, 'end'));
    const run = await write(TEST_PROGRAM, config(target, { batch_size: 1000 }), [stream(PRS)], lines);
    expect(run.exitCode).toBe(0);
    expect(run.states().map((s) => s.destinationStats)).toEqual([{ recordCount: 1000, rejectedRecordCount: 3 }]);
    expect(await count('thousand')).toBe(997);
    const missing = await query<{ vcs_PullRequest: { number: number }[] }>(
      target,
      '{ vcs_PullRequest(where: {repository: {_eq: "GitHub|acme|thousand"}, number: {_in: [16, 17, 18, 500, 999]}}, order_by: {number: asc}) { number } }',
    );
    expect(missing.vcs_PullRequest.map((p) => p.number)).toEqual([16, 18]);
    const skipped = logs(run).filter((l) => l.startsWith('Skipped a record'));
    expect(skipped).toHaveLength(3);
    expect(skipped[0]).toMatch(/#18 of a batch of 1000.*Hasura refused its rows \(data-exception\)/);
    // One line per kind of refusal, besides the per-record lines.
    expect(logs(run).filter((l) => l.startsWith("Hasura refused a record's rows"))).toHaveLength(1);
    expect(logs(run)).toContain('  stream r__github__test_prs: 1000 read, 1000 converted, 0 skipped, 3 rejected');
  });

  it('rejects a record its converter cannot convert, with the reason, and goes on', async () => {
    const PRS = 'c__github__test_prs';
    const lines = [
      recordLine(PRS, { org: 'acme', repo: 'conv', number: 1 }),
      recordLine(PRS, { org: 'acme', repo: 'conv', number: 2, boom: 'yes' }),
      recordLine(PRS, { org: 'acme', repo: 'conv', number: 3 }),
      stateLine(PRS, 3),
    ];
    const run = await write(TEST_PROGRAM, config(target), [stream(PRS)], lines);
    expect(run.exitCode).toBe(0);
    expect(run.states().map((s) => s.destinationStats)).toEqual([{ recordCount: 3, rejectedRecordCount: 1 }]);
    expect(logs(run).find((l) => l.startsWith('Skipped a record'))).toContain(
      'github/test_prs could not convert it: boom: field "boom" is yes',
    );
    expect(await count('conv')).toBe(2);
  });

  it('with FAIL, stops at the refused record with its reason and acknowledges no later state', async () => {
    const PRS = 'f__github__test_prs';
    const pr = (n: number, createdAt = '2024-01-01T00:00:00Z') =>
      recordLine(PRS, { org: 'acme', repo: 'fail', number: n, created_at: createdAt });
    const lines = [
      ...Array.from({ length: 10 }, (_, n) => pr(n)),
      stateLine(PRS, 'first'),
      ...Array.from({ length: 10 }, (_, n) => pr(10 + n, n === 4 ? '2024-13-01T00:00:00Z' : undefined)),
      stateLine(PRS, 'second'),
    ];
    const cfg = config(target, { batch_size: 10, invalid_record_strategy: 'FAIL' });
    const run = await write(TEST_PROGRAM, cfg, [stream(PRS)], lines);
    expect(run.exitCode).toBe(1);
    expect(run.states().map((s) => (s.stream!.stream_state as { cursor: string }).cursor)).toEqual(['first']);
    const [error] = run.errors();
    expect(error?.message).toMatch(
      /Invalid record \(#5 of a batch of 10\) of stream f__github__test_prs.*data-exception/,
    );
  });
});
