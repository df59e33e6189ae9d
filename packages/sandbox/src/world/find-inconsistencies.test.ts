import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { findInconsistencies } from './find-inconsistencies.js';
import { JIRA_STATUSES } from './jira-catalog.js';
import type { World } from './world-types.js';

const world = (seed = 21): World => createWorld({ seed, scale: 'small' });
/** Overwrites a field of an entity the world owns (to break it on purpose). */
const poke = (entity: object, field: string, value: unknown): void => {
  (entity as Record<string, unknown>)[field] = value;
};
const first = <T>(items: Iterable<T>, ok: (t: T) => boolean = () => true): T => {
  for (const item of items) if (ok(item)) return item;
  throw new Error('no such entity');
};

describe('findInconsistencies', () => {
  it('finds nothing wrong in generated worlds, before and after advances', () => {
    for (const seed of [1, 2, 3]) {
      const w = world(seed);
      expect(findInconsistencies(w)).toEqual([]);
      w.advance(6);
      expect(findInconsistencies(w)).toEqual([]);
    }
  });

  it('catches a Jenkins build whose commit is not in its repository', () => {
    const w = world();
    const build = first(w.jenkins.builds.values());
    poke(build, 'revisions', [{ ...build.revisions[0], sha: '0'.repeat(40) }]);
    expect(findInconsistencies(w).join('\n')).toMatch(/revision .* unknown/);
  });

  it('catches a changelog that does not replay to the issue status', () => {
    const w = world();
    const issue = first(w.jira.issues.values(), (i) => i.statusId === JIRA_STATUSES.done.id);
    poke(issue, 'statusId', JIRA_STATUSES.inProgress.id);
    poke(issue, 'resolutionId', null);
    expect(findInconsistencies(w).join('\n')).toMatch(new RegExp(`${issue.key}: changelog ends in`));
  });

  it('catches a Jira key in a branch name that no issue has', () => {
    const w = world();
    const pr = first(w.github.pullRequests.values());
    poke(pr, 'headRef', 'feature/NOPE-999999-ghost');
    expect(findInconsistencies(w).join('\n')).toMatch(/Jira key NOPE-999999 unknown/);
  });

  it('catches a pull request in a repository that does not exist and an unknown author', () => {
    const w = world();
    const pr = first(w.github.pullRequests.values());
    poke(pr, 'author', 'nobody-at-all');
    expect(findInconsistencies(w).join('\n')).toMatch(/unknown account/);
    poke(pr, 'repo', 'ghost/repo');
    expect(findInconsistencies(w).join('\n')).toMatch(/unknown repo/);
  });

  it('catches a commit whose parent is missing', () => {
    const w = world();
    const commit = first(w.github.commits.values(), (c) => c.parents.length === 1);
    poke(commit, 'parents', ['f'.repeat(40)]);
    expect(findInconsistencies(w).join('\n')).toMatch(/bad parent/);
  });

  it('catches activity after the clock and times that are not whole milliseconds', () => {
    const w = world();
    const build = first(w.jenkins.builds.values(), (b) => !b.building);
    poke(build, 'timestamp', w.clock.now() + 60_000);
    expect(findInconsistencies(w).join('\n')).toMatch(/in the future/);
    const pr = first(w.github.pullRequests.values());
    poke(pr, 'updatedAt', pr.updatedAt + 0.5);
    expect(findInconsistencies(w).join('\n')).toMatch(/bad times/);
  });
});
