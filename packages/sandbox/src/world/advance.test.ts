import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { snapshotWorld } from './snapshot-world.js';
import { STEP_MS } from './world-clock.js';
import { worldKeys } from './world-keys.js';
import type { World } from './world-types.js';

const small = (seed = 31): World => createWorld({ seed, scale: 'small' });

describe('World.advance', () => {
  it('moves the clock one hour per step and reports the span', () => {
    const world = small();
    const start = world.clock.now();
    const summary = world.advance(3);
    expect(world.clock.now()).toBe(start + 3 * STEP_MS);
    expect(world.clock.start).toBe(start);
    expect(summary).toMatchObject({ steps: 3, from: start, to: start + 3 * STEP_MS });
    expect(world.truth().now).toBe(start + 3 * STEP_MS);
    const idle = world.advance(0);
    expect(idle.counts).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(world.clock.now()).toBe(start + 3 * STEP_MS);
    expect(() => world.advance(-1)).toThrow(/whole number/);
  });

  it('is deterministic for the seed and the history of advances', () => {
    const a = small();
    const b = small();
    const c = small();
    const sa = [a.advance(1), a.advance(1)];
    const sb = [b.advance(1), b.advance(1)];
    c.advance(2);
    expect(sb).toEqual(sa);
    expect(b.truth()).toEqual(a.truth());
    expect(snapshotWorld(c)).toEqual(snapshotWorld(a));
    expect(small().truth()).not.toEqual(a.truth());
    const other = small(32);
    other.advance(2);
    expect(other.truth().github.pullRequests.keys).not.toEqual(a.truth().github.pullRequests.keys);
  });

  it('reports changes that match the truth before and after', () => {
    const world = small();
    const before = world.truth();
    const summary = world.advance(2);
    const after = world.truth();
    for (const system of ['github', 'jira', 'jenkins'] as const) {
      for (const [kind, changes] of Object.entries(summary[system])) {
        const was = new Set((before[system] as Record<string, { keys: readonly string[] }>)[kind]?.keys);
        const is = new Set((after[system] as Record<string, { keys: readonly string[] }>)[kind]?.keys);
        for (const key of changes.created) expect(is.has(key) && !was.has(key), `${kind} created ${key}`).toBe(true);
        for (const key of changes.updated) expect(is.has(key), `${kind} updated ${key}`).toBe(true);
        for (const key of changes.deleted) expect(was.has(key) && !is.has(key), `${kind} deleted ${key}`).toBe(true);
      }
    }
    const total = (op: 'created' | 'updated' | 'deleted'): number =>
      [summary.github, summary.jira, summary.jenkins]
        .flatMap((s) => Object.values(s))
        .reduce((n, c) => n + c[op].length, 0);
    expect(summary.counts).toEqual({ created: total('created'), updated: total('updated'), deleted: total('deleted') });
  });

  it('adds, updates, merges and deletes pull requests, and deletes an issue', () => {
    const world = small();
    const before = world.truth();
    const from = world.clock.now();
    const summary = world.advance(1);
    const created = summary.github.pullRequests?.created ?? [];
    expect(created.length).toBe(2);
    for (const key of created) {
      const pr = world.github.pullRequests.get(key);
      expect(pr?.state).toBe('open');
      expect(pr && world.github.commits.has(worldKeys.commit(pr.repo, pr.headSha))).toBe(true);
    }
    const deleted = summary.github.pullRequests?.deleted ?? [];
    expect(deleted).toHaveLength(1);
    const gone = deleted[0] as string;
    expect(before.github.pullRequests.keys).toContain(gone);
    expect(world.truth().github.pullRequests.keys).not.toContain(gone);
    expect(world.truth().github.issues.keys).not.toContain(gone);
    expect(world.github.reviews.group(gone)).toHaveLength(0);
    const updated = (summary.github.pullRequests?.updated ?? []).map((k) => world.github.pullRequests.get(k));
    expect(updated.length).toBeGreaterThan(0);
    for (const pr of updated) expect(pr?.updatedAt).toBeGreaterThan(from);
    expect(updated.some((pr) => pr?.mergedAt !== null && (pr?.mergedAt ?? 0) > from)).toBe(true);
    expect(summary.github.reviews?.created.length).toBeGreaterThan(0);
    const dismissed = (summary.github.reviews?.updated ?? []).map((k) => world.github.reviews.get(k)?.state);
    expect(dismissed).toContain('DISMISSED');
    expect(summary.github.commits?.created.length).toBeGreaterThan(0);
    const deletedIssues = (summary.github.issues?.deleted ?? []).filter((k) => !deleted.includes(k));
    expect(deletedIssues).toHaveLength(1);
    expect(world.github.issues.has(deletedIssues[0] as string)).toBe(false);
  });

  it('closes and reopens issues, bumping their update time', () => {
    const world = small();
    const from = world.clock.now();
    const summary = world.advance(1);
    const updated = (summary.github.issues?.updated ?? []).flatMap((k) => {
      const issue = world.github.issues.get(k);
      return issue ? [issue] : [];
    });
    expect(updated.some((i) => i.state === 'closed' && (i.closedAt ?? 0) > from)).toBe(true);
    expect(updated.some((i) => i.state === 'open' && i.stateReason === 'reopened' && i.updatedAt > from)).toBe(true);
  });

  it('moves a Jira issue to another project: new key, same id, old key still resolves', () => {
    const world = small();
    const before = world.truth();
    const summary = world.advance(1);
    expect(summary.movedJiraIssues).toHaveLength(1);
    const move = summary.movedJiraIssues[0] as { id: string; from: string; to: string };
    expect(move.from.split('-')[0]).not.toBe(move.to.split('-')[0]);
    expect(before.jira.issues.keys).toContain(move.from);
    expect(world.truth().jira.issues.keys).toContain(move.to);
    expect(world.truth().jira.issues.keys).not.toContain(move.from);
    const issue = world.jira.issues.get(move.to);
    expect(issue?.id).toBe(move.id);
    expect(issue?.previousKeys).toContain(move.from);
    expect(world.jira.resolveIssueKey(move.from)).toBe(issue);
    expect(world.jira.issues.byId(move.id)).toBe(issue);
    const lastItems = issue?.changelog.at(-1)?.items ?? [];
    expect(lastItems.find((i) => i.field === 'Key')).toMatchObject({ fromString: move.from, toString: move.to });
    expect(summary.jira.changelogs?.created.length).toBeGreaterThan(0);
  });

  it('finishes running builds and runs and starts new builds', () => {
    const world = small();
    const running = [...world.jenkins.builds.values()].filter((b) => b.building);
    const inProgress = [...world.github.workflowRuns.values()].filter((r) => r.status !== 'completed');
    expect(running.length).toBeGreaterThan(0);
    expect(inProgress.length).toBeGreaterThan(0);
    const summary = world.advance(1);
    for (const b of running) {
      expect(b.building).toBe(false);
      expect(b.result).not.toBeNull();
      expect(b.duration).toBeGreaterThan(0);
    }
    for (const r of inProgress) expect(r.conclusion).not.toBeNull();
    const started = (summary.jenkins.builds?.created ?? []).map((k) => world.jenkins.builds.get(k));
    expect(started.length).toBeGreaterThan(0);
    expect(started.every((b) => b?.building === true && b.timestamp > world.clock.now() - STEP_MS)).toBe(true);
  });
});
