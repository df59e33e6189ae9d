import { afterAll, describe, expect, it } from 'vitest';
import { RECENT_BUILDS } from '../src/client/shared-walk.js';
import { buildKey, buildsStateOf, folderRequests, jobsReadingBuilds, startJenkinsSync } from './jenkins-sandbox.js';

const { sandbox, config, subject, catalog, jenkins } = await startJenkinsSync({ seed: 23 });
afterAll(() => sandbox.close());

// Records of a stream by primary key, as JSON, for exact comparisons.
function byKey(records: readonly { data: Record<string, unknown> }[], key: (d: Record<string, unknown>) => string) {
  return new Map(records.map((r) => [key(r.data), JSON.stringify(r.data)]));
}

describe('syncs against the sandbox world', () => {
  it('a full sync under the flaky profile equals a fault-free one and matches the truth', async () => {
    const clean = await subject.read(config, catalog);
    expect(clean.exitCode).toBe(0);
    const truth = sandbox.world.truth().jenkins;
    expect([...byKey(clean.records('builds'), buildKey).keys()].sort()).toEqual([...truth.builds.keys].sort());

    await jenkins.setFaults('flaky');
    jenkins.resetStats();
    try {
      const flaky = await subject.read(config, catalog);
      expect(flaky.exitCode).toBe(0);
      const faults = jenkins.stats().faults;
      expect(faults['502'] + faults['503'] + faults.reset).toBeGreaterThan(0);
      expect(byKey(flaky.records('jobs'), (d) => String(d.fullName))).toEqual(
        byKey(clean.records('jobs'), (d) => String(d.fullName)),
      );
      expect(byKey(flaky.records('builds'), buildKey)).toEqual(byKey(clean.records('builds'), buildKey));
      expect(flaky.lastStates()).toEqual(clean.lastStates());
    } finally {
      await jenkins.setFaults('none');
    }
  });

  it('after advance, an incremental sync emits exactly the new builds and the ones that finished', async () => {
    const first = await subject.read(config, catalog);
    expect(first.exitCode).toBe(0);
    const runningBefore = [...sandbox.world.jenkins.builds.values()]
      .filter((b) => b.building)
      .map((b) => `${b.job}#${b.number}`);
    expect(runningBefore.length).toBeGreaterThan(0);
    const emittedRunning = first.records('builds').filter((r) => r.data.building === true);
    expect(emittedRunning.map((r) => buildKey(r.data)).sort()).toEqual([...runningBefore].sort());

    const summary = sandbox.world.advance(1);
    const created = summary.jenkins?.builds?.created ?? [];
    expect(created.length).toBeGreaterThan(0);
    const finished = runningBefore.filter((k) => sandbox.world.jenkins.builds.get(k)?.building === false);
    expect(finished.length).toBeGreaterThan(0);

    jenkins.resetStats();
    const second = await subject.read(config, catalog, first.lastStates());
    expect(second.exitCode).toBe(0);
    const emitted = second.records('builds').map((r) => buildKey(r.data));
    const stillRunning = runningBefore.filter((k) => !finished.includes(k));
    expect([...emitted].sort()).toEqual([...created, ...finished, ...stillRunning].sort());
    for (const r of second.records('builds')) {
      const key = buildKey(r.data);
      expect(r.data.building, key).toBe(sandbox.world.jenkins.builds.get(key)?.building);
    }
    // One walk shared by both streams (the root, and the folders their parent's page did not list),
    // and one builds page per job whose builds past its cursor its folder page did not all list:
    // jobs without new builds, or with as few as the page lists, cost nothing.
    const state = buildsStateOf(first);
    const jobsRead = new Set(second.records('builds').map((r) => String(r.data.job)));
    const asked = jobsReadingBuilds(sandbox.world, state, RECENT_BUILDS);
    expect(asked.size).toBeLessThan(jobsRead.size);
    expect(jenkins.stats().endpoints['GET /job/{...}/api/json']).toBe(folderRequests(sandbox.world, 20) + asked.size);
  });
});
