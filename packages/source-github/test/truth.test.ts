import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';
import { WORLD_KEY_OF } from './world-keys-of.js';

const gh = await startGithubSandbox({ seed: 5 });
afterAll(() => gh.close());

describe('a full sync of the small world', () => {
  it("gives every key of the sandbox's truth and nothing else", async () => {
    const world = gh.sandbox.world;
    const truth = world.truth().github;
    // Every branch, so that commits cover the whole world (the default is the default branch only).
    const branches = truth.branches.keys.map((key) => key.replace('/branches/', '/'));
    const config = { ...gh.config, branches };
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, config);
    const run = await subject.read(config, catalog);
    expect(run.exitCode).toBe(0);

    const firstOrg = truth.organizations.keys[0];
    for (const [stream, { entity, key }] of Object.entries(WORLD_KEY_OF)) {
      const got = new Set(run.records(stream).map((r) => key(r.data)));
      let expected = new Set((truth as Record<string, { keys: readonly string[] }>)[entity]?.keys);
      if (stream === 'workflow_jobs') {
        // Airbyte's stream (and ours) emits completed jobs only.
        expected = new Set([...world.github.workflowJobs.values()].filter((j) => j.completedAt !== null).map(jobKey));
      }
      if (stream === 'commits') {
        // Commits are listed from branches: those of deleted branches (merged, then removed) are unreachable.
        expected = reachableCommits(world.github);
      }
      if (stream === 'reviews') {
        // Pending reviews are drafts GitHub shows only to their author; the GraphQL simulator hides them all.
        expected = new Set([...world.github.reviews.values()].filter((r) => r.state !== 'PENDING').map(reviewKey));
      }
      if (stream === 'repositories') {
        // The simulator serves one repository the world doesn't hold: the empty one.
        expected.add(`${firstOrg}/sandbox-empty`);
      }
      expect(got.size, stream).toBeGreaterThan(0);
      expect(
        [...got].filter((k) => !expected.has(k)),
        `${stream}: extras`,
      ).toEqual([]);
      expect(
        [...expected].filter((k) => !got.has(k)),
        `${stream}: missing`,
      ).toEqual([]);
    }

    const members = [...world.github.users.values()].flatMap((u) => u.orgs.map((org) => `${org}:${u.login}`));
    expect(new Set(run.records('users').map((r) => `${r.data.organization}:${r.data.login}`))).toEqual(
      new Set(members),
    );
    // GitHub's REST team member list "will include the members of child teams" (sre is platform's child).
    const teams = [...world.github.teams.values()];
    const teamMembers = teams.flatMap((t) =>
      [t, ...teams.filter((c) => c.org === t.org && c.parentSlug === t.slug)].flatMap((m) =>
        m.members.map((login) => `@${t.org}/${t.slug}:${login}`),
      ),
    );
    const gotTeamMembers = run
      .records('team_members')
      .map((r) => `@${r.data.organization}/${r.data.team_slug}:${r.data.login}`);
    expect(new Set(gotTeamMembers)).toEqual(new Set(teamMembers));
    expect(run.records('team_memberships')).toHaveLength(new Set(teamMembers).size);
  });
});

interface CommitGraph {
  branches: { values(): Iterable<{ repo: string; sha: string }> };
  commits: { get(key: string): { parents: readonly string[] } | undefined };
}

/** World keys of the commits reachable from some branch head, following parents. */
function reachableCommits(github: CommitGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [...github.branches.values()].map((b) => `${b.repo}/commits/${b.sha}`);
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const repo = key.slice(0, key.indexOf('/commits/'));
    for (const parent of github.commits.get(key)?.parents ?? []) stack.push(`${repo}/commits/${parent}`);
  }
  return seen;
}

function reviewKey(review: { repo: string; pullNumber: number; id: number }): string {
  return `${review.repo}#${review.pullNumber}/reviews/${review.id}`;
}

function jobKey(job: { repo: string; id: number }): string {
  return `${job.repo}/jobs/${job.id}`;
}
