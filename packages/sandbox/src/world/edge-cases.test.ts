import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { JIRA_CUSTOM_FIELDS, JIRA_ISSUE_TYPES } from './jira-catalog.js';
import { JIRA_KEY_PATTERN, jiraKeysIn, worldKeys } from './world-keys.js';

const NON_ASCII = /[^\x20-\x7e]/;

// Edge cases come from the generator's rules, not from luck: every seed has them.
describe.each([1, 2, 3])('edge cases of a small world (seed %i)', (seed) => {
  const world = createWorld({ seed, scale: 'small' });
  const { github, jira, jenkins } = world;
  const pulls = [...github.pullRequests.values()];

  it('has deleted authors, unlinked commit emails and bots', () => {
    expect(pulls.some((p) => p.author === null)).toBe(true);
    expect([...github.reviews.values()].some((r) => r.author === null)).toBe(true);
    expect([...github.commits.values()].some((c) => c.authorLogin === null)).toBe(true);
    const bots = [...github.users.values()].filter((u) => u.type === 'Bot').map((u) => u.login);
    expect(bots).toContain('dependabot[bot]');
    expect(pulls.some((p) => p.author !== null && bots.includes(p.author))).toBe(true);
  });

  it('has unicode and very long texts', () => {
    expect(pulls.some((p) => NON_ASCII.test(p.title))).toBe(true);
    expect(pulls.some((p) => NON_ASCII.test(p.headRef))).toBe(true);
    expect(pulls.some((p) => (p.body?.length ?? 0) > 50_000)).toBe(true);
    expect([...github.issues.values()].some((i) => NON_ASCII.test(i.title))).toBe(true);
    expect([...jira.issues.values()].some((i) => NON_ASCII.test(i.summary))).toBe(true);
    expect([...jira.issues.values()].some((i) => (i.description?.length ?? 0) > 25_000)).toBe(true);
    expect([...github.users.values()].some((u) => NON_ASCII.test(u.name ?? ''))).toBe(true);
  });

  it('has drafts, open, merged and closed pull requests, and issues that are pull requests', () => {
    expect(pulls.some((p) => p.draft && p.state === 'open')).toBe(true);
    expect(pulls.some((p) => p.mergedAt !== null)).toBe(true);
    expect(pulls.some((p) => p.state === 'closed' && p.mergedAt === null)).toBe(true);
    const repo = pulls[0]?.repo ?? '';
    const listed = github.issuesAndPullsOf(repo);
    expect(listed.map((i) => i.number)).toEqual([...listed.map((i) => i.number)].sort((a, b) => a - b));
    expect(new Set(listed.map((i) => i.kind))).toEqual(new Set(['issue', 'pull']));
    const truth = world.truth();
    expect(truth.github.issues.keys).toEqual(expect.arrayContaining([...truth.github.pullRequests.keys]));
    expect(truth.github.issues.count).toBe(github.issues.size + github.pullRequests.size);
  });

  it('puts Jira keys of the repository’s project in branch names and titles', () => {
    const keyed = pulls.filter((p) => JIRA_KEY_PATTERN.test(p.headRef));
    expect(keyed.length).toBeGreaterThan(pulls.length / 2);
    for (const pr of keyed) {
      const project = github.repositories.get(pr.repo)?.jiraProject;
      const key = jiraKeysIn(pr.headRef)[0] ?? '';
      expect(key.startsWith(`${project}-`)).toBe(true);
      expect(pr.title).toContain(key);
    }
  });

  it('has GitHub Actions in progress, deployments, draft releases and prereleases', () => {
    expect([...github.workflowRuns.values()].some((r) => r.status === 'in_progress')).toBe(true);
    expect([...github.workflowRuns.values()].some((r) => r.conclusion === 'failure')).toBe(true);
    expect(github.deployments.size).toBeGreaterThan(0);
    const releases = [...github.releases.values()];
    const draft = releases.find((r) => r.draft);
    expect(draft && github.tags.has(worldKeys.tag(draft.repo, draft.tagName))).toBe(false);
    expect(releases.some((r) => r.prerelease)).toBe(true);
  });

  it('has Jira agile data: custom fields, sprints in every state, epics, subtasks, versions', () => {
    for (const id of Object.values(JIRA_CUSTOM_FIELDS)) expect(jira.fields.get(id)?.custom).toBe(true);
    const issues = [...jira.issues.values()];
    expect(issues.some((i) => i.storyPoints !== null)).toBe(true);
    expect(issues.some((i) => i.sprintIds.length > 1)).toBe(true);
    expect(issues.some((i) => i.epicId !== null)).toBe(true);
    expect(issues.some((i) => i.issueTypeId === JIRA_ISSUE_TYPES.subtask.id && i.parentId !== null)).toBe(true);
    expect(new Set([...jira.sprints.values()].map((s) => s.state))).toEqual(new Set(['closed', 'active', 'future']));
    expect(new Set([...jira.boards.values()].map((b) => b.type))).toEqual(new Set(['scrum', 'kanban']));
    expect(new Set([...jira.versions.values()].map((v) => v.released))).toEqual(new Set([true, false]));
    expect([...jira.users.values()].some((u) => u.accountType === 'app')).toBe(true);
  });

  it('has Jenkins folders, multibranch projects and awkward job names', () => {
    const jobs = [...jenkins.jobs.values()];
    const names = jobs.map((j) => j.fullName);
    expect(jobs.some((j) => j.kind === 'multibranch')).toBe(true);
    expect(jobs.some((j) => j.kind === 'branch' && j.pullNumber !== null)).toBe(true);
    expect(names.some((n) => n.includes(' '))).toBe(true);
    expect(names.some((n) => n.includes('%2F'))).toBe(true);
    expect(names.some((n) => NON_ASCII.test(n))).toBe(true);
    expect(names.some((n) => n.split('/').length >= 4)).toBe(true);
    const builds = [...jenkins.builds.values()];
    expect(builds.some((b) => b.building && b.result === null)).toBe(true);
    expect(builds.some((b) => b.revisions.length > 1)).toBe(true);
    expect(builds.some((b) => b.causes.some((c) => c.kind === 'upstream'))).toBe(true);
  });
});
