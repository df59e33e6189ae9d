import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { findInconsistencies } from './find-inconsistencies.js';
import { snapshotWorld } from './snapshot-world.js';
import type { ReadonlyTable } from './table.js';
import { DEFAULT_WORLD_START } from './world-clock.js';
import { GITHUB_ENTITIES, JENKINS_ENTITIES, JIRA_ENTITIES, type World } from './world-types.js';

const YEAR = 365 * 86_400_000;
const small = (seed: number | string = 11): World => createWorld({ seed, scale: 'small' });

describe('createWorld', () => {
  it('is deterministic: the same seed gives deep-equal worlds and truths', () => {
    const a = small(11);
    const b = small(11);
    expect(snapshotWorld(a)).toEqual(snapshotWorld(b));
    expect(a.truth()).toEqual(b.truth());
    expect(snapshotWorld(small('a string seed'))).toEqual(snapshotWorld(small('a string seed')));
  });

  it('gives different worlds for different seeds', () => {
    const a = small(11).truth();
    const b = small(12).truth();
    expect(a.github.commits.keys).not.toEqual(b.github.commits.keys);
    expect(a.jira.issues.keys).not.toEqual(b.jira.issues.keys);
    expect(a.jenkins.builds.keys).not.toEqual(b.jenkins.builds.keys);
  });

  it('has every entity kind at small scale, with unique keys matching the counts', () => {
    const truth = small().truth();
    const kinds = [
      ...GITHUB_ENTITIES.map((k) => [k, truth.github[k]] as const),
      ...JIRA_ENTITIES.map((k) => [k, truth.jira[k]] as const),
      ...JENKINS_ENTITIES.map((k) => [k, truth.jenkins[k]] as const),
    ];
    for (const [kind, entity] of kinds) {
      expect(entity.count, kind).toBeGreaterThan(0);
      expect(entity.keys, kind).toHaveLength(entity.count);
      expect(new Set(entity.keys).size, kind).toBe(entity.count);
    }
    expect(truth.github.organizations.count).toBe(2);
    expect(truth.github.pullRequests.count).toBe(200);
    expect(JSON.parse(JSON.stringify(truth))).toEqual(truth);
  });

  it('answers every key of the truth through the tables', () => {
    const world = small();
    const truth = world.truth();
    const tables = world.github as unknown as Record<string, ReadonlyTable<unknown>>;
    for (const kind of GITHUB_ENTITIES) {
      for (const key of truth.github[kind].keys) {
        const found =
          kind === 'issues'
            ? world.github.issues.has(key) || world.github.pullRequests.has(key)
            : tables[kind]?.has(key);
        expect(found, `${kind} ${key}`).toBe(true);
      }
    }
    for (const key of truth.jira.issues.keys) expect(world.jira.issues.get(key)?.key).toBe(key);
    for (const key of truth.jenkins.builds.keys) expect(world.jenkins.builds.has(key)).toBe(true);
    for (const key of [...truth.jenkins.jobs.keys, ...truth.jenkins.folders.keys])
      expect(world.jenkins.jobs.has(key)).toBe(true);
    const pr = world.github.pullRequests.byId([...world.github.pullRequests.values()][3]?.id ?? -1);
    expect(pr && world.github.pullRequests.keyOf(pr)).toBe(truth.github.pullRequests.keys[3]);
  });

  it('starts the clock at the documented date and spreads history over the two years before it', () => {
    const world = small();
    expect(world.clock.now()).toBe(DEFAULT_WORLD_START);
    expect(world.clock.start).toBe(Date.parse('2025-06-02T09:00:00.000Z'));
    const created = [...world.github.pullRequests.values()].map((p) => p.createdAt);
    expect(Math.min(...created)).toBeGreaterThanOrEqual(DEFAULT_WORLD_START - 2 * YEAR);
    expect(Math.min(...created)).toBeLessThan(DEFAULT_WORLD_START - 1.5 * YEAR);
    expect(Math.max(...created)).toBeGreaterThan(DEFAULT_WORLD_START - 30 * 86_400_000);
    expect(Math.max(...created)).toBeLessThanOrEqual(DEFAULT_WORLD_START);
    const jira = [...world.jira.issues.values()].map((i) => i.created);
    expect(Math.min(...jira)).toBeLessThan(DEFAULT_WORLD_START - 1.5 * YEAR);
  });

  it('takes another start, and the same history shifts with it', () => {
    const start = '2024-01-01T00:00:00.000Z';
    const moved = createWorld({ seed: 11, start });
    expect(moved.clock.now()).toBe(Date.parse(start));
    const shift = DEFAULT_WORLD_START - Date.parse(start);
    const a = [...small(11).github.pullRequests.values()].slice(0, 20).map((p) => p.createdAt - shift);
    const b = [...moved.github.pullRequests.values()].slice(0, 20).map((p) => p.createdAt);
    expect(b).toEqual(a);
    expect(() => createWorld({ seed: 1, start: 'not a date' })).toThrow(/invalid start/);
  });

  it('generates a consistent medium world with about 5,000 pull requests', () => {
    const world = createWorld({ seed: 3, scale: 'medium' });
    expect(world.github.pullRequests.size).toBe(5_000);
    expect(world.github.repositories.size).toBe(25);
    expect(findInconsistencies(world)).toEqual([]);
  });
});
