import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '@faros-ce/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { JenkinsClient } from '../client/jenkins-client.js';
import type { ApiBuild } from '../client/jenkins-types.js';
import { type JobBuildsRequest, readJobBuilds } from './read-job-builds.js';

// A job's build history as Jenkins serves `allBuilds[…]{M,N}`: newest first, N exclusive.
// `afterRequest` may change the history between two requests, as running Jenkins does.
interface FakeJob {
  builds: ApiBuild[];
  requests: string[];
  afterRequest?: (n: number) => void;
  missing?: boolean;
}

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function serve(job: FakeJob): Promise<JenkinsClient> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const tree = url.searchParams.get('tree') ?? '';
    job.requests.push(tree);
    if (job.missing || url.pathname !== '/job/team/job/web%20app/api/json') {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html>Not Found</html>');
      return;
    }
    const range = /\{(\d+),(\d+)\}$/.exec(tree);
    const sorted = [...job.builds].sort((a, b) => b.number - a.number);
    const page = sorted.slice(Number(range?.[1]), Number(range?.[2]));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ allBuilds: page }));
    job.afterRequest?.(job.requests.length);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return new JenkinsClient(createHttpClient({ baseUrl: `http://127.0.0.1:${port}/`, retry: { maxRetries: 0 } }));
}

const done = (number: number): ApiBuild => ({ number, result: 'SUCCESS', building: false, timestamp: number * 1000 });
const running = (number: number): ApiBuild => ({ number, result: null, building: true, timestamp: number * 1000 });
const history = (from: number, to: number): ApiBuild[] =>
  Array.from({ length: to - from + 1 }, (_, i) => done(from + i));

async function read(client: JenkinsClient, overrides: Partial<JobBuildsRequest> = {}) {
  const cursors: unknown[] = [];
  const warnings: string[] = [];
  const logger = { debug() {}, info() {}, warn: (m: string) => void warnings.push(m), error() {} };
  const numbers: number[] = [];
  for await (const record of readJobBuilds({
    client,
    names: ['team', 'web app'],
    fullName: 'team/web app',
    server: 'http://ci/',
    bookmark: undefined,
    lastBuild: undefined,
    pageSize: 10,
    maxBuilds: undefined,
    startMs: undefined,
    logger,
    setCursor: (v) => void cursors.push(v),
    ...overrides,
  })) {
    numbers.push(record.number);
  }
  return { numbers, cursor: cursors.at(-1), cursorCalls: cursors.length, warnings };
}

describe('readJobBuilds', () => {
  it('pages newest first down to the saved cursor, then moves the cursor past the newest build', async () => {
    const job: FakeJob = { builds: history(1, 45), requests: [] };
    const result = await read(await serve(job), { bookmark: 12 });
    expect(result.numbers).toEqual(Array.from({ length: 34 }, (_, i) => 45 - i));
    expect(result.cursor).toBe(46);
    // Pages of 10 overlapping by one: [0,10) [9,19) [18,28) [27,37), which reaches build 12.
    expect(job.requests.map((t) => /\{\d+,\d+\}$/.exec(t)?.[0])).toEqual(['{0,10}', '{9,19}', '{18,28}', '{27,37}']);
    expect(job.requests[0]).toMatch(/^allBuilds\[number,.*lastBuiltRevision\[SHA1,branch\[name\]\],remoteUrls\]\]/);
  });

  it('reads every build once when new builds shift the ranges between pages', async () => {
    const job: FakeJob = { builds: history(1, 30), requests: [] };
    // Three builds start after each of the first two pages.
    job.afterRequest = (n) => {
      if (n <= 2) for (let i = 0; i < 3; i++) job.builds.push(done(job.builds.length + 1));
    };
    const result = await read(await serve(job));
    expect(new Set(result.numbers).size).toBe(result.numbers.length);
    for (let n = 1; n <= 30; n++) expect(result.numbers).toContain(n);
    expect(result.cursor).toBe(Math.max(...result.numbers) + 1);
  });

  it('misses no remaining build when builds are deleted between pages', async () => {
    const job: FakeJob = { builds: history(1, 30), requests: [] };
    // Log rotation removes the 4 oldest builds after the first page: ranges move back by 4.
    job.afterRequest = (n) => {
      if (n === 1) job.builds = job.builds.filter((b) => b.number > 4);
    };
    const result = await read(await serve(job));
    expect([...result.numbers].sort((a, b) => b - a)).toEqual(Array.from({ length: 26 }, (_, i) => 30 - i));
    expect(new Set(result.numbers).size).toBe(result.numbers.length);
  });

  it('holds the cursor at the oldest running build, which is emitted as running', async () => {
    const job: FakeJob = { builds: [...history(1, 20), running(21), done(22), running(23)], requests: [] };
    const result = await read(await serve(job), { bookmark: 18 });
    expect(result.numbers).toEqual([23, 22, 21, 20, 19, 18]);
    expect(result.cursor).toBe(21);
  });

  it('sends no request when the job has no build newer than the cursor, and keeps the cursor', async () => {
    const job: FakeJob = { builds: history(1, 20), requests: [] };
    const result = await read(await serve(job), { bookmark: 21, lastBuild: 20 });
    expect(result.numbers).toEqual([]);
    expect(job.requests).toEqual([]);
    expect(result.cursor).toBe(21);
    const none = await read(await serve(job), { lastBuild: null });
    expect(none.numbers).toEqual([]);
    expect(job.requests).toEqual([]);
  });

  it('reports a job deleted during the sync (404) and keeps its cursor', async () => {
    const job: FakeJob = { builds: history(1, 5), requests: [], missing: true };
    const result = await read(await serve(job), { bookmark: 3 });
    expect(result.numbers).toEqual([]);
    expect(result.cursor).toBe(3);
    expect(result.warnings).toEqual([expect.stringMatching(/"team\/web app" was not found/)]);
  });

  it('stops at the first-sync cap and at the start date, but not when resuming', async () => {
    const job: FakeJob = { builds: history(1, 40), requests: [] };
    const client = await serve(job);
    expect((await read(client, { maxBuilds: 5 })).numbers).toEqual([40, 39, 38, 37, 36]);
    expect((await read(client, { maxBuilds: 5, bookmark: 30 })).numbers).toHaveLength(11);
    expect((await read(client, { startMs: 33_000 })).numbers).toEqual([40, 39, 38, 37, 36, 35, 34, 33]);
  });

  describe('with the newest builds its folder page listed', () => {
    // The newest `asked` builds of the job, newest first, as a page lists them.
    const listed = (job: FakeJob, asked: number) => ({
      builds: [...job.builds].sort((a, b) => b.number - a.number).slice(0, asked),
      asked,
    });

    it('reads them and sends no request when they reach the cursor, running builds included', async () => {
      // Build 18 was running at the last read (the cursor); it finished, 19 and 20 came since, 20 runs.
      const job: FakeJob = { builds: [...history(1, 19), running(20)], requests: [] };
      const result = await read(await serve(job), { bookmark: 18, lastBuild: 20, recent: listed(job, 3) });
      expect(result.numbers).toEqual([20, 19, 18]);
      expect(job.requests).toEqual([]);
      expect(result.cursor).toBe(20);
      // One build past the cursor, and the one under it listed: done too, past the newest.
      const one = await read(await serve(job), { bookmark: 20, lastBuild: 20, recent: listed(job, 3) });
      expect(one.numbers).toEqual([20]);
      expect(job.requests).toEqual([]);
      expect(one.cursor).toBe(20);
    });

    it('reads its pages, every build, when more builds than listed passed the cursor', async () => {
      const job: FakeJob = { builds: history(1, 30), requests: [] };
      const result = await read(await serve(job), { bookmark: 25, lastBuild: 30, recent: listed(job, 3) });
      expect(result.numbers).toEqual([30, 29, 28, 27, 26, 25]);
      expect(job.requests).toHaveLength(1);
      expect(result.cursor).toBe(31);
    });

    it('reads its pages when the cursor build is gone and the listed builds stop just above it', async () => {
      // Build 25 (the cursor, running last time) was deleted: 26–28 listed do not show what lies under.
      const job: FakeJob = { builds: [...history(1, 24), ...history(26, 28)], requests: [] };
      const result = await read(await serve(job), { bookmark: 25, lastBuild: 28, recent: listed(job, 3) });
      expect(result.numbers).toEqual([28, 27, 26]);
      expect(job.requests).toHaveLength(1);
    });

    it('needs no request on a first sync when the page listed the whole history, or the cap or start date', async () => {
      const short: FakeJob = { builds: history(1, 2), requests: [] };
      expect((await read(await serve(short), { lastBuild: 2, recent: listed(short, 3) })).numbers).toEqual([2, 1]);
      // Exactly as many as asked, down to build 1: nothing older exists.
      const three: FakeJob = { builds: history(1, 3), requests: [] };
      expect((await read(await serve(three), { lastBuild: 3, recent: listed(three, 3) })).numbers).toEqual([3, 2, 1]);
      const long: FakeJob = { builds: history(1, 40), requests: [] };
      const capped = await read(await serve(long), { lastBuild: 40, maxBuilds: 2, recent: listed(long, 3) });
      expect(capped.numbers).toEqual([40, 39]);
      const dated = await read(await serve(long), { lastBuild: 40, startMs: 39_000, recent: listed(long, 3) });
      expect(dated.numbers).toEqual([40, 39]);
      expect([short, three, long].flatMap((j) => j.requests)).toEqual([]);
      // A longer history than listed, with no cursor or limit: its pages, every build.
      const all = await read(await serve(long), { lastBuild: 40, recent: listed(long, 3) });
      expect(all.numbers).toHaveLength(40);
      expect(long.requests.length).toBeGreaterThan(0);
    });
  });
});
