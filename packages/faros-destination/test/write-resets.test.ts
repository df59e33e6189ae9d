import { randomUUID } from 'node:crypto';
import { type RunningFarosCe, startFarosCe } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeLine,
  config,
  logs,
  query,
  recordLine,
  stateLine,
  stream,
  TEST_PROGRAM,
  write,
} from './support/write-harness.js';

let ce: RunningFarosCe;
let target: { url: string; adminSecret: string };
beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: randomUUID() });
  target = { url: ce.url, adminSecret: ce.adminSecret };
});
afterAll(() => ce?.close());

const PRS = 'fr__github__test_prs';
const REVIEWS = 'fr__github__test_reviews';
const pr = (repo: string, n: number) => recordLine(PRS, { org: 'acme', repo, number: n, title: `PR ${n}` });

async function numbers(repo: string): Promise<number[]> {
  const data = await query<{ vcs_PullRequest: { number: number }[] }>(
    target,
    `{ vcs_PullRequest(where: {repository: {_eq: "GitHub|acme|${repo}"}}, order_by: {number: asc}) { number } }`,
  );
  return data.vcs_PullRequest.map((p) => p.number);
}

// PRs 1, 2, 3 and a review of PR 2; then a full refresh sees only PR 1.
async function seed(repo: string): Promise<void> {
  const review = recordLine(REVIEWS, { org: 'acme', repo, number: 2, id: 20, state: 'Approved' });
  const run = await write(
    TEST_PROGRAM,
    config(target),
    [stream(PRS), stream(REVIEWS)],
    [pr(repo, 1), pr(repo, 2), pr(repo, 3), review],
  );
  expect(run.exitCode).toBe(0);
  expect(await numbers(repo)).toEqual([1, 2, 3]);
}

describe('write: full refresh (overwrite) removes what it no longer sees', () => {
  it('after COMPLETE, deletes the unseen PR and keeps the seen one and the referenced one', async () => {
    await seed('a');
    const run = await write(
      TEST_PROGRAM,
      config(target),
      [stream(PRS, 'overwrite')],
      [pr('a', 1), stateLine(PRS, 1), completeLine(PRS)],
    );
    expect(run.exitCode).toBe(0);
    expect(await numbers('a')).toEqual([1, 2]);
    expect(logs(run)).toContain('Deleted 1 vcs_PullRequest rows of origin fr that fr__github__test_prs no longer sees');
    expect(logs(run)).toContain('  model vcs_PullRequest: 1 upserted, 0 referenced by key, 1 deleted');
  });

  it('deletes nothing without a COMPLETE status, unless the config allows it', async () => {
    await seed('b');
    const noComplete = [pr('b', 1), stateLine(PRS, 1)];
    const run = await write(TEST_PROGRAM, config(target), [stream(PRS, 'overwrite')], noComplete);
    expect(run.exitCode).toBe(0);
    expect(await numbers('b')).toEqual([1, 2, 3]);
    expect(
      logs(run).some((l) => l.startsWith('No COMPLETE status for full-refresh streams fr__github__test_prs')),
    ).toBe(true);
    const allowed = await write(
      TEST_PROGRAM,
      config(target, { reset_without_complete_status: true }),
      [stream(PRS, 'overwrite')],
      noComplete,
    );
    expect(allowed.exitCode).toBe(0);
    // Repository a's PR 1 and 2 were not seen either: one overwrite stream owns all its origin's PRs.
    expect(await numbers('b')).toEqual([1, 2]);
  });

  it('keeps earlier generations when minimum_generation_id is below generation_id', async () => {
    await seed('c');
    const keep = stream(PRS, 'overwrite', { generation_id: 3, minimum_generation_id: 0 });
    const run = await write(TEST_PROGRAM, config(target), [keep], [pr('c', 1), completeLine(PRS)]);
    expect(run.exitCode).toBe(0);
    expect(await numbers('c')).toEqual([1, 2, 3]);
  });

  it('in a dry run, reports what it would delete and deletes nothing', async () => {
    await seed('d');
    const run = await write(
      TEST_PROGRAM,
      config(target, { dry_run: true }),
      [stream(PRS, 'overwrite')],
      [pr('d', 1), pr('d', 3), completeLine(PRS)],
    );
    expect(run.exitCode).toBe(0);
    expect(await numbers('d')).toEqual([1, 2, 3]);
    const line = logs(run).find((l) => l.startsWith('Would delete'));
    expect(line).toMatch(/^Would delete \d+ vcs_PullRequest rows of origin fr/);
    const wouldDelete = Number(/Would delete (\d+)/.exec(line ?? '')?.[1]);
    // Every unreferenced PR of origin fr except the two this run saw (d's PR 2 is referenced by a review).
    const unreferenced = await query<{ vcs_PullRequest: { id: string }[] }>(
      target,
      '{ vcs_PullRequest(where: {origin: {_eq: "fr"}, _not: {vcs_PullRequestReviews: {}}}) { id } }',
    );
    const seen = new Set(['GitHub|acme|d|1', 'GitHub|acme|d|3']);
    expect(wouldDelete).toBeGreaterThan(0);
    expect(wouldDelete).toBe(unreferenced.vcs_PullRequest.filter((p) => !seen.has(p.id)).length);
  });
});
