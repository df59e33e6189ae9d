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

const { sandbox, config, subject, catalog, jenkins } = await startJenkinsSync({ seed: 1 });
afterAll(() => sandbox.close());
const world = sandbox.world;

const runningJobs = (): Set<string> =>
  new Set([...world.jenkins.builds.values()].filter((b) => b.building).map((b) => b.job));
const newestBuild = (job: string): number =>
  Math.max(0, ...[...world.jenkins.builds.values()].filter((b) => b.job === job).map((b) => b.number));

describe('incremental re-sync', () => {
  it('walks the folders once and asks only jobs with a new build or a running one, losing no change', async () => {
    const first = await subject.read(config, catalog);
    expect(first.exitCode).toBe(0);
    const state = buildsStateOf(first);
    const runningBefore = runningJobs();
    const newestAtFirst = new Map([...world.jenkins.jobs.values()].map((j) => [j.fullName, newestBuild(j.fullName)]));
    const runningBuilds = [...world.jenkins.builds.values()]
      .filter((b) => b.building)
      .map((b) => `${b.job}#${b.number}`);

    // Step the world until a job two folders down that had no running build gets a new build: the
    // kind of job a re-sync skips when nothing is new.
    const created: string[] = [];
    let nested: string | undefined;
    for (let step = 0; step < 20 && nested === undefined; step++) {
      created.push(...(world.advance(1).jenkins?.builds?.created ?? []));
      nested = created.find((k) => {
        const job = k.slice(0, k.lastIndexOf('#'));
        return job.split('/').length >= 3 && !runningBefore.has(job);
      });
    }
    if (nested === undefined) throw new Error('no new build on a nested job without a running build');
    const nestedJob = nested.slice(0, nested.lastIndexOf('#'));
    // Its saved cursor is one past its newest build at the first sync: nothing was running.
    expect(state[nestedJob]).toEqual({ number: (newestAtFirst.get(nestedJob) ?? 0) + 1 });
    const finished = runningBuilds.filter((k) => world.jenkins.builds.get(k)?.building === false);
    expect(finished.length).toBeGreaterThan(0);

    jenkins.resetStats();
    const second = await subject.read(config, catalog, first.lastStates());
    expect(second.exitCode).toBe(0);
    const emitted = second.records('builds').map((r) => buildKey(r.data));
    expect(emitted).toContain(nested);
    for (const key of [...created, ...finished]) expect(emitted, key).toContain(key);
    for (const r of second.records('builds')) {
      expect(r.data.building, buildKey(r.data)).toBe(world.jenkins.builds.get(buildKey(r.data))?.building);
    }

    // One walk for both streams (the root, and the folders their parent's page did not list: fewer
    // than the folders), and one builds page for each job with builds past its cursor that its
    // folder page's newest builds do not reach down to; a job with fewer new builds (or the build
    // running at the first sync, now finished) is read from that page.
    const truth = world.truth().jenkins;
    const asked = jobsReadingBuilds(world, state, RECENT_BUILDS);
    const withNews = new Set([...created, ...finished].map((k) => k.slice(0, k.lastIndexOf('#'))));
    expect([...withNews].filter((job) => !asked.has(job)).length).toBeGreaterThan(0);
    expect([...runningBefore].filter((job) => !asked.has(job)).length).toBeGreaterThan(0);
    const folders = folderRequests(world, 20);
    expect(folders).toBeLessThan(truth.folders.count);
    expect(jenkins.stats().endpoints).toEqual({ 'GET /api/json': 1, 'GET /job/{...}/api/json': folders + asked.size });
  });

  it('reads next time a build started after the walk that a sync skipped', async () => {
    const first = await subject.read(config, catalog);
    world.advance(1);
    // Advances the world once, before forwarding the second sync's first request after the root's
    // page: a change after the walk listed the top jobs and their newest builds, so its new builds
    // are not all seen yet.
    let late: readonly string[] = [];
    let fired = false;
    const proxy = await startJenkinsProxy(config.server_url, (target) => {
      if (!fired && target.pathname !== '/api/json') {
        fired = true;
        late = world.advance(1).jenkins?.builds?.created ?? [];
      }
      return false;
    });
    try {
      const cfg = { ...config, server_url: proxy.url };
      const second = await subject.read(cfg, catalog, first.lastStates());
      expect(second.exitCode).toBe(0);
      const secondKeys = new Set(second.records('builds').map((r) => buildKey(r.data)));
      const missed = late.filter((k) => !secondKeys.has(k));
      expect(missed.length).toBeGreaterThan(0);

      const third = await subject.read(cfg, catalog, second.lastStates());
      expect(third.exitCode).toBe(0);
      const thirdKeys = new Set(third.records('builds').map((r) => buildKey(r.data)));
      for (const key of missed) expect(thirdKeys, key).toContain(key);
      // Every build of the world arrived, and the last version of each is the world's.
      const last = new Map<string, unknown>();
      for (const run of [first, second, third]) {
        for (const r of run.records('builds')) last.set(buildKey(r.data), r.data.building);
      }
      expect([...last.keys()].sort()).toEqual([...world.truth().jenkins.builds.keys].sort());
      for (const [key, building] of last) expect(building, key).toBe(world.jenkins.builds.get(key)?.building);
    } finally {
      await proxy.close();
    }
  });
});
