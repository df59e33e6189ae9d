import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { defaultRegistry } from '@faros-ce/faros-destination';
import { createWorld } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOf } from '../src/demo/model-counts.js';
import type { DemoReport } from '../src/demo/run-demo.js';

// `airbyte-harness demo --json` twice over one small world, as `npm run demo` twice (the built bin).
const bin = fileURLToPath(new URL('../bin/airbyte-harness.js', import.meta.url));

async function demo(...args: string[]): Promise<DemoReport> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [bin, 'demo', '--json', '--dir', dir, ...args],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  progress.push(...stderr.split('\n'));
  return JSON.parse(stdout) as DemoReport;
}

// Issue #9: the second run under 10% of the first run's API calls, every HTTP request counted (304s
// included). Measured 9.3%, and 7.7% without the 304s; the READMEs quote both: keep in step.
const SECOND_RUN_CALLS_MAX = 0.1;

let dir: string;
let first: DemoReport;
let second: DemoReport;
const progress: string[] = [];
// When each connection's discovered catalog was written, after the first run and after the second.
const catalogWritten: [number[], number[]] = [[], []];
const catalogTimes = (): Promise<number[]> =>
  Promise.all(
    ['github', 'jira', 'jenkins'].map(async (s) => (await stat(join(dir, 'harness', s, 'catalog.json'))).mtimeMs),
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'harness-demo-'));
  first = await demo('--reset', '--seed', '1', '--scale', 'small');
  catalogWritten[0] = await catalogTimes();
  second = await demo();
  catalogWritten[1] = await catalogTimes();
}, 600_000);
afterAll(() => (process.env.KEEP_DEMO ? console.log(dir) : rm(dir, { recursive: true, force: true })));

describe('demo on the small world', () => {
  it('syncs every source, fully then incrementally', () => {
    expect(first.syncs.map((s) => [s.source, s.status, s.error, s.incremental])).toEqual([
      ['github', 'succeeded', undefined, false],
      ['jira', 'succeeded', undefined, false],
      ['jenkins', 'succeeded', undefined, false],
    ]);
    expect(second.syncs.map((s) => [s.source, s.status, s.incremental])).toEqual([
      ['github', 'succeeded', true],
      ['jira', 'succeeded', true],
      ['jenkins', 'succeeded', true],
    ]);
    expect([first.run, first.incremental, second.run, second.incremental]).toEqual([1, false, 2, true]);
    expect(second.world.steps).toBe(1);
    expect(second.world.advanced?.created).toBeGreaterThan(0);
    expect(progress.some((l) => /syncing github incrementally \(\d+ stream states kept\)/.test(l))).toBe(true);
  });

  // The sandbox restarts with the tokens it gave, so the connections' configs stay the same, as a real
  // connection's do, and the harness reuses the catalogs it discovered rather than discovering again.
  it('reuses each connection’s discovered catalog on the second run', () => {
    expect(catalogWritten[0]).toHaveLength(3);
    expect(catalogWritten[1]).toEqual(catalogWritten[0]);
  });

  it("finds in Faros CE as many rows per model as the sandbox's truth holds", async () => {
    const world = await createWorld({ seed: 1, scale: 'small' });
    const checks = [
      ['vcs_PullRequest', 'github', 'github', 'pullRequests'],
      ['vcs_PullRequestReview', 'github', 'github', 'reviews'],
      ['cicd_Build', 'github', 'github', 'workflowRuns'],
      ['tms_Task', 'jira', 'jira', 'issues'],
      ['tms_Sprint', 'jira', 'jira', 'sprints'],
      ['tms_Project', 'jira', 'jira', 'projects'],
      ['cicd_Build', 'jenkins', 'jenkins', 'builds'],
    ] as const;
    const before = world.truth();
    for (const [model, origin, system, entity] of checks) {
      expect(countOf(first.counts, model, origin), `run 1: ${model} of ${origin}`).toBe(
        (before[system] as Record<string, { count: number }>)[entity]?.count,
      );
    }
    // Incremental syncs add and update rows; rows of items deleted since stay, as with Airbyte's append.
    const advanced = world.advance(1);
    const after = world.truth();
    for (const [model, origin, system, entity] of checks) {
      const deleted = (advanced[system] as Record<string, { deleted: readonly string[] }>)[entity]?.deleted.length ?? 0;
      expect(countOf(second.counts, model, origin), `run 2: ${model} of ${origin}`).toBe(
        ((after[system] as Record<string, { count: number }>)[entity]?.count ?? 0) + deleted,
      );
    }
  });

  // A re-sync with nothing changed already costs most of the second run's calls (per-repository lists
  // with no change signal cheaper than a request, full-refresh streams, site lists; harness README).
  it("makes the second run incrementally: fewer calls for every source, under a tenth of the first run's", () => {
    const firstCalls = first.syncs.reduce((n, s) => n + s.apiCalls, 0);
    const secondCalls = second.syncs.reduce((n, s) => n + s.apiCalls, 0);
    const notModified = second.syncs.reduce((n, s) => n + s.notModified, 0);
    expect(firstCalls).toBeGreaterThan(0);
    expect(first.apiCalls.notModified).toBe(0);
    expect(second.apiCalls).toMatchObject({ total: secondCalls, notModified, firstRun: firstCalls });
    expect(second.apiCalls.chargedShareOfFirstRun).toBeCloseTo((secondCalls - notModified) / firstCalls, 3);
    const perSource = first.syncs
      .map((s, i) => `${s.source} ${s.apiCalls} -> ${second.syncs[i]?.apiCalls} (${second.syncs[i]?.notModified} 304)`)
      .join(', ');
    for (const [i, sync] of first.syncs.entries()) {
      expect(second.syncs[i]?.apiCalls ?? Number.POSITIVE_INFINITY, perSource).toBeLessThan(sync.apiCalls);
    }
    expect(secondCalls / firstCalls, perSource).toBeLessThan(SECOND_RUN_CALLS_MAX);
  });

  // Streams the Faros destination has no converter for would cost API calls for records it skips.
  it('reads exactly the streams the Faros destination converts', async () => {
    for (const sync of [...first.syncs, ...second.syncs]) {
      const summary = JSON.parse(await readFile(join(sync.logDir ?? '', 'summary.json'), 'utf8')) as {
        streams: { stream: string }[];
      };
      const converted = defaultRegistry()
        .all()
        .filter((c) => c.source === sync.source)
        .map((c) => c.stream);
      const read = summary.streams.map((s) => s.stream).sort();
      expect(read, sync.source).toEqual(converted.sort());
      // The sources offer more: GitHub's issue comments and Jira's worklogs have no Faros CE model.
      const unconverted: Record<string, string> = { github: 'comments', jira: 'issue_worklogs' };
      if (unconverted[sync.source]) expect(read).not.toContain(unconverted[sync.source]);
    }
  });

  it('computes the metrics and dashboard coverage from the rows', () => {
    const m = second.metrics;
    expect(m.prCycleTime.items).toBeGreaterThan(0);
    expect(m.reviewTime.items).toBeGreaterThan(0);
    expect(m.buildSuccess.map((b) => b.origin).sort()).toEqual(['github', 'jenkins']);
    expect(m.sprintThroughput.closedSprints).toBeGreaterThan(0);
    const prs = second.dashboards.find((d) => d.dashboard === 'PRs dashboard');
    expect(prs?.tables.find((t) => t.table === 'vcs_PullRequest')?.rows).toBe(
      countOf(second.counts, 'vcs_PullRequest'),
    );
    console.log(second.dashboards.map((d) => `${d.dashboard}: ${d.status} ${d.filledColumns}/${d.columns}`).join('\n'));
  });
});
