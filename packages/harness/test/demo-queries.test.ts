import { randomUUID } from 'node:crypto';
import { type RunningFarosCe, startFarosCe } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardCoverage } from '../src/demo/dashboard-coverage.js';
import { demoMetrics } from '../src/demo/demo-metrics.js';
import { countOf, modelCounts } from '../src/demo/model-counts.js';
import { type FarosCeEndpoint, FarosCeQueryError, runGraphql, runSql } from '../src/faros-ce/faros-ce-client.js';

let ce: RunningFarosCe;
let endpoint: FarosCeEndpoint;

const hour = 3_600_000;
const t0 = Date.parse('2025-06-02T09:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: randomUUID() });
  endpoint = { url: ce.url, adminSecret: ce.adminSecret };
  // Ids are Faros CE's generated keys: parents go in first, children point at the ids they got.
  const insert = async (table: string, objects: Record<string, unknown>[]): Promise<Map<string, string>> => {
    const data = (await runGraphql(
      endpoint,
      `mutation($o: [${table}_insert_input!]!) { insert_${table}(objects: $o) { returning { id uid } } }`,
      { o: objects },
    )) as Record<string, { returning: { id: string; uid: string }[] }>;
    return new Map(data[`insert_${table}`]?.returning.map((r) => [r.uid, r.id]));
  };
  // Three PRs: merged after 10 h and 30 h, one open; the first reviewed 2 h and 4 h in, the second 6 h in.
  const pr = await insert('vcs_PullRequest', [
    { uid: '1', createdAt: iso(t0), mergedAt: iso(t0 + 10 * hour), origin: 'gh' },
    { uid: '2', createdAt: iso(t0), mergedAt: iso(t0 + 30 * hour), origin: 'gh' },
    { uid: '3', createdAt: iso(t0), mergedAt: null, origin: 'other' },
  ]);
  await insert('vcs_PullRequestReview', [
    { uid: 'r1', pullRequest: pr.get('1'), submittedAt: iso(t0 + 4 * hour), origin: 'gh' },
    { uid: 'r2', pullRequest: pr.get('1'), submittedAt: iso(t0 + 2 * hour), origin: 'gh' },
    { uid: 'r3', pullRequest: pr.get('2'), submittedAt: iso(t0 + 6 * hour), origin: 'gh' },
  ]);
  await insert(
    'cicd_Build',
    ['Success', 'Success', 'Failed', 'Running'].map((category, i) => ({
      uid: `${i}`,
      status: { category, detail: category.toLowerCase() },
      origin: 'ci',
    })),
  );
  const closed = { category: 'Closed', detail: 'closed' };
  const sprint = await insert('tms_Sprint', [
    { uid: 's1', source: 'Jira', state: closed, origin: 'j' },
    { uid: 's2', source: 'Jira', state: closed, origin: 'j' },
    { uid: 's3', source: 'Jira', state: { category: 'Active', detail: 'active' }, origin: 'j' },
  ]);
  const done = { category: 'Done', detail: 'Done' };
  await insert('tms_Task', [
    { uid: 't1', source: 'Jira', sprint: sprint.get('s1'), status: done, points: 3, origin: 'j' },
    { uid: 't2', source: 'Jira', sprint: sprint.get('s1'), status: done, points: 5, origin: 'j' },
    { uid: 't3', source: 'Jira', sprint: sprint.get('s2'), status: done, points: 1, origin: 'j' },
    { uid: 't4', source: 'Jira', sprint: sprint.get('s2'), status: { category: 'Todo', detail: 'To Do' }, origin: 'j' },
    { uid: 't5', source: 'Jira', sprint: sprint.get('s3'), status: done, points: 8, origin: 'j' },
  ]);
});
afterAll(() => ce?.close());

describe('the demo reads what a Faros CE user sees', () => {
  it('counts rows per model and origin', async () => {
    const counts = await modelCounts(endpoint);
    expect(countOf(counts, 'vcs_PullRequest')).toBe(3);
    expect(countOf(counts, 'vcs_PullRequest', 'gh')).toBe(2);
    expect(countOf(counts, 'cicd_Build', 'ci')).toBe(4);
    expect(counts.find((c) => c.model === 'vcs_Commit')).toBeUndefined();
  });

  it('computes PR cycle time, time to first review, build success and sprint throughput', async () => {
    const m = await demoMetrics(endpoint);
    expect(m.prCycleTime).toEqual({ items: 2, medianHours: 20, averageHours: 20 });
    // First reviews: 2 h (pr1, not its later 4 h one) and 6 h (pr2).
    expect(m.reviewTime).toEqual({ items: 2, medianHours: 4, averageHours: 4 });
    expect(m.buildSuccess).toEqual([{ origin: 'ci', finished: 3, succeeded: 2, rate: 0.67 }]);
    expect(m.sprintThroughput).toEqual({ closedSprints: 2, tasksDone: 3, tasksPerSprint: 1.5, pointsPerSprint: 4.5 });
  });

  it('tells per dashboard which tables and columns hold data', async () => {
    const [prs] = await dashboardCoverage(endpoint, [
      {
        name: 'PRs',
        cards: 1,
        tables: { vcs_PullRequest: ['mergedAt', 'title'], vcs_PullRequestReview: ['submittedAt'] },
      },
    ]);
    expect(prs?.status).toBe('partly filled');
    expect(prs?.tables.find((t) => t.table === 'vcs_PullRequest')).toMatchObject({ rows: 3, emptyColumns: ['title'] });
    expect(prs).toMatchObject({ filledColumns: 2, columns: 3 });
    const [none] = await dashboardCoverage(endpoint, [{ name: 'x', cards: 1, tables: { vcs_Nope: ['a'] } }]);
    expect(none).toMatchObject({
      status: 'empty',
      tables: [{ table: 'vcs_Nope', missing: true, emptyColumns: ['a'] }],
    });
    const [full] = await dashboardCoverage(endpoint, [{ name: 'b', cards: 1, tables: { cicd_Build: ['status'] } }]);
    expect(full?.status).toBe('filled');
  });

  it('runs SQL and names Hasura errors', async () => {
    expect(await runSql(endpoint, 'SELECT 1 + 1 AS two')).toEqual([{ two: '2' }]);
    await expect(runSql(endpoint, 'SELECT nope FROM "vcs_PullRequest"')).rejects.toThrow(FarosCeQueryError);
    await expect(runSql(endpoint, 'SELECT nope FROM "vcs_PullRequest"')).rejects.toThrow(/nope/);
  });
});
