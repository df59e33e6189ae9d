import { describe, expect, it } from 'vitest';
import { fingerprintsOf, PROBE_DEPLOYMENTS, type ProbedRepository, SETTLE_MS } from './repo-fingerprints.js';

const repo: ProbedRepository = {
  pullRequests: { totalCount: 3, nodes: [{ updatedAt: '2024-05-01T10:00:00Z' }] },
  issues: { totalCount: 5, nodes: [{ updatedAt: '2024-05-01T09:00:00Z' }] },
  milestones: { totalCount: 0, nodes: [] },
  releases: { totalCount: 2, nodes: [{ createdAt: '2024-04-01T00:00:00Z' }] },
  defaultBranchRef: { name: 'main', target: { oid: 'abc' } },
};
const later = Date.parse('2024-05-02T00:00:00Z');

describe('fingerprintsOf', () => {
  it('gives each kind its newest time and count; issues also carry the pull requests', () => {
    const prints = fingerprintsOf(repo, later);
    expect(prints.pulls).toContain('3@2024-05-01T10:00:00Z');
    expect(prints.issues).toContain('5@2024-05-01T09:00:00Z');
    expect(prints.issues).toContain('3@2024-05-01T10:00:00Z');
    expect(prints.milestones).toContain('0@-');
    expect(prints.releases).toContain('2@2024-04-01T00:00:00Z');
    expect(prints.commits).toBe('main@abc');
  });

  it('changes with a newer item or another count', () => {
    const base = fingerprintsOf(repo, later);
    const newer = fingerprintsOf(
      { ...repo, pullRequests: { totalCount: 3, nodes: [{ updatedAt: '2024-05-01T10:00:01Z' }] } },
      later,
    );
    expect(newer.pulls).not.toBe(base.pulls);
    expect(newer.issues).not.toBe(base.issues);
    const fewer = fingerprintsOf(
      { ...repo, releases: { totalCount: 1, nodes: [{ createdAt: '2024-04-01T00:00:00Z' }] } },
      later,
    );
    expect(fewer.releases).not.toBe(base.releases);
    const pushed = fingerprintsOf({ ...repo, defaultBranchRef: { name: 'main', target: { oid: 'def' } } }, later);
    expect(pushed.commits).not.toBe(base.commits);
  });

  it('leaves out a time-based kind whose newest change is too recent to vouch for (same second, skew)', () => {
    const soon = Date.parse('2024-05-01T10:00:00Z') + SETTLE_MS - 1000;
    const prints = fingerprintsOf(repo, soon);
    expect(prints.pulls).toBeUndefined();
    expect(prints.issues).toBeUndefined();
    expect(prints.releases).toBeDefined();
    expect(prints.commits).toBe('main@abc');
    // No server time: no time-based fingerprint at all.
    expect(fingerprintsOf(repo, undefined)).toEqual({ milestones: 'milestones 0@-', commits: 'main@abc' });
  });

  it('vouches for an empty repository (no default branch) and leaves out what the probe did not get', () => {
    expect(fingerprintsOf({ defaultBranchRef: null }, later)).toEqual({ commits: 'no default branch' });
  });

  describe('deployments', () => {
    // Newest created first, as the probe asks; the older one got a status later, so it was updated last.
    const older = { updatedAt: '2024-05-01T08:00:00Z' };
    const updatedLast = { updatedAt: '2024-05-01T09:30:00Z' };
    const deployments = { totalCount: 2, nodes: [older, updatedLast] };
    const print = (list: ProbedRepository['deployments'], at = later) => fingerprintsOf({ deployments: list }, at);

    it('gives the count and the latest update over all deployments, not the newest created one', () => {
      expect(print(deployments).deployments).toBe('deployments 2@2024-05-01T09:30:00Z');
      expect(print({ totalCount: 0, nodes: [] }).deployments).toBe('deployments 0@-');
    });

    it('changes with a new status on an old deployment, a new deployment, or a deleted one', () => {
      const base = print(deployments).deployments;
      const oldOneUpdated = { ...deployments, nodes: [older, { updatedAt: '2024-05-01T11:00:00Z' }] };
      expect(print(oldOneUpdated).deployments).not.toBe(base);
      const added = { totalCount: 3, nodes: [{ updatedAt: '2024-05-01T10:00:00Z' }, ...deployments.nodes] };
      expect(print(added).deployments).not.toBe(base);
      const deleted = { totalCount: 1, nodes: [updatedLast] };
      expect(print(deleted).deployments).not.toBe(base);
    });

    it('vouches for nothing when the probe did not see every deployment, or the latest update is too recent', () => {
      const nodes = Array.from({ length: PROBE_DEPLOYMENTS }, () => ({ updatedAt: '2024-05-01T08:00:00Z' }));
      expect(print({ totalCount: PROBE_DEPLOYMENTS, nodes }).deployments).toBeDefined();
      expect(print({ totalCount: PROBE_DEPLOYMENTS + 1, nodes }).deployments).toBeUndefined();
      expect(print({ totalCount: 2, nodes: [older, null] }).deployments).toBeUndefined();
      const soon = Date.parse('2024-05-01T09:30:00Z') + SETTLE_MS - 1000;
      expect(print(deployments, soon).deployments).toBeUndefined();
      expect(print(deployments, soon + 1000).deployments).toBeDefined();
    });
  });
});
