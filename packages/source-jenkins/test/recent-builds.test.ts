import { afterAll, describe, expect, it } from 'vitest';
import { RECENT_BUILDS } from '../src/client/shared-walk.js';
import {
  buildKey,
  buildsStateOf,
  folderRequests,
  jobsReadingBuilds,
  startJenkinsProxy,
  startJenkinsSync,
} from './jenkins-sandbox.js';

const { sandbox, config, subject, catalog, jenkins } = await startJenkinsSync({ seed: 5 });
afterAll(() => sandbox.close());
const world = sandbox.world;

// `/job/a/job/b%20c/api/json` → `a/b c`.
const jobOf = (path: string): string =>
  [...path.matchAll(/\/job\/([^/]+)/g)].map((m) => decodeURIComponent(m[1] ?? '')).join('/');

describe('builds listed in the folder pages', () => {
  it('read from the page when they reach the cursor; a job with more new builds reads all of them itself', async () => {
    const first = await subject.read(config, catalog);
    expect(first.exitCode).toBe(0);
    const state = buildsStateOf(first);
    const runningBefore = [...world.jenkins.builds.values()]
      .filter((b) => b.building)
      .map((b) => `${b.job}#${b.number}`);

    // Step the world until a job has more builds past its cursor than a folder page lists, while
    // another job's build that was running at the first sync has finished and its job fits.
    const created: string[] = [];
    let asked = new Set<string>();
    let finishedFitting: string[] = [];
    for (let step = 0; step < 30 && (asked.size === 0 || finishedFitting.length === 0); step++) {
      created.push(...(world.advance(1).jenkins?.builds?.created ?? []));
      asked = jobsReadingBuilds(world, state, RECENT_BUILDS);
      finishedFitting = runningBefore.filter(
        (k) => world.jenkins.builds.get(k)?.building === false && !asked.has(k.slice(0, k.lastIndexOf('#'))),
      );
    }
    expect(asked.size).toBeGreaterThan(0);
    expect(finishedFitting.length).toBeGreaterThan(0);
    // A job asked for has more new builds than a page lists.
    for (const job of asked) {
      const since = created.filter((k) => k.slice(0, k.lastIndexOf('#')) === job && world.jenkins.builds.has(k));
      expect(since.length, job).toBeGreaterThan(RECENT_BUILDS - 1);
    }

    // The jobs whose builds the second sync asks for, by the path of each `allBuilds` request.
    const readItself = new Set<string>();
    const proxy = await startJenkinsProxy(config.server_url, (target) => {
      if ((target.searchParams.get('tree') ?? '').startsWith('allBuilds')) readItself.add(jobOf(target.pathname));
      return false;
    });
    try {
      const viaProxy = { ...config, server_url: proxy.url };
      jenkins.resetStats();
      const second = await subject.read(viaProxy, catalog, first.lastStates());
      expect(second.exitCode).toBe(0);
      expect([...readItself].sort()).toEqual([...asked].sort());
      expect(jenkins.stats().endpoints).toEqual({
        'GET /api/json': 1,
        'GET /job/{...}/api/json': folderRequests(world, 20) + asked.size,
      });

      // Every build created since, still kept, arrived; each emitted build as the world has it now
      // (the formerly running ones finished), with the same record as a full sync makes of it.
      const emitted = new Map(second.records('builds').map((r) => [buildKey(r.data), r.data]));
      for (const key of created.filter((k) => world.jenkins.builds.has(k))) expect(emitted.has(key), key).toBe(true);
      for (const key of finishedFitting) expect(emitted.get(key)?.building, key).toBe(false);
      for (const [key, data] of emitted) expect(data.building, key).toBe(world.jenkins.builds.get(key)?.building);
      const full = await subject.read(viaProxy, catalog);
      const fresh = new Map(full.records('builds').map((r) => [buildKey(r.data), r.data]));
      for (const [key, data] of emitted) expect(data, key).toEqual(fresh.get(key));

      // Nothing is left for the next sync but what is still running.
      const third = await subject.read(config, catalog, second.lastStates());
      for (const r of third.records('builds')) {
        const key = buildKey(r.data);
        expect(runningNowOrBefore(key), key).toBe(true);
      }
    } finally {
      await proxy.close();
    }
  });
});

// A build a sync emits again: one running now, or newer than one that was running at the last read.
function runningNowOrBefore(key: string): boolean {
  const job = key.slice(0, key.lastIndexOf('#'));
  return [...world.jenkins.builds.values()].some((b) => b.job === job && b.building);
}

describe('a catalog without builds', () => {
  it('walks folder pages that list no builds, and emits the same jobs', async () => {
    const trees: string[] = [];
    const proxy = await startJenkinsProxy(config.server_url, (target) => {
      trees.push(target.searchParams.get('tree') ?? '');
      return false;
    });
    try {
      const viaProxy = { ...config, server_url: proxy.url };
      const both = await subject.read(viaProxy, catalog);
      expect(trees.some((t) => t.includes('builds['))).toBe(true);
      trees.length = 0;
      const jobsOnly = { streams: catalog.streams.filter((s) => s.stream.name === 'jobs') };
      const alone = await subject.read(viaProxy, jobsOnly);
      expect(alone.exitCode).toBe(0);
      expect(trees.length).toBeGreaterThan(0);
      for (const tree of trees) expect(tree).not.toContain('builds');
      expect(alone.records('jobs').map((r) => r.data)).toEqual(both.records('jobs').map((r) => r.data));
    } finally {
      await proxy.close();
    }
  });
});
