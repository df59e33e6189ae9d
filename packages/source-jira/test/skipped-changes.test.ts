import { discoverCatalog, inProcess, type StateInput } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

// The calls an incremental sync now skips (dev-status of issues whose Development field shows no
// pull request; agile reads of open sprints without a newer issue) never cost a change: a change of
// each kind made between two syncs still arrives, on both flavors.
const sandbox = await startJiraSandbox({ seed: 3 });
afterAll(() => sandbox.close());
const { world } = sandbox;
const DEV_STATUS = 'GET /rest/dev-status/latest/issue/detail';
const SPRINT_ISSUES = 'GET /rest/agile/1.0/sprint/{sprintId}/issue';
const serviceOf = { cloud: 'jira', data_center: 'jiraDataCenter' } as const;
const searchOf = { cloud: 'GET /rest/api/3/search/jql', data_center: 'GET /rest/api/2/search' } as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const linkedKeys = (): Set<string> =>
  new Set([...world.github.pullRequests.values()].flatMap((p) => `${p.title} ${p.headRef}`.match(/[A-Z]+-\d+/g) ?? []));

describe.each(FLAVORS)('changes of skipped kinds still arrive, %s', (flavor) => {
  it('a pull request linked to an updated issue, and an issue joining an open sprint', async () => {
    const config = jiraConfig(sandbox, flavor);
    const service = sandbox.service(serviceOf[flavor]);
    const subject = inProcess(new JiraSource());
    const catalog = await discoverCatalog(subject, config, {
      streams: ['issue_pull_requests', 'sprint_issues'],
      syncMode: 'incremental',
    });
    const full = await subject.read(config, catalog);
    expect(full.exitCode).toBe(0);

    world.advance(1);
    const now = world.clock.now();
    const issues = [...world.jira.issues.values()];
    const linked = linkedKeys();
    // An issue with no pull request gets one (a PR's title names it) and is updated (say, commented on).
    const target = issues.find((i) => !linked.has(i.key));
    // Another issue without pull requests is updated: its Development field says so, dev-status is not asked.
    const bystander = issues.find((i) => i !== target && !linked.has(i.key));
    const pull = [...world.github.pullRequests.values()][0];
    // An issue outside an active sprint joins it (Jira updates the issue when its Sprint field changes).
    const active = [...world.jira.sprints.values()].find((s) => s.state === 'active');
    const joiner = issues.find((i) => active && !i.sprintIds.includes(active.id) && i !== target && i !== bystander);
    if (!target || !bystander || !pull || !active || !joiner) throw new Error('the world lacks the needed items');
    (pull as Mutable<typeof pull>).title = `${pull.title} ${target.key}`;
    (target as Mutable<typeof target>).updated = now;
    (bystander as Mutable<typeof bystander>).updated = now;
    (joiner as Mutable<typeof joiner>).sprintIds = [...joiner.sprintIds, active.id];
    (joiner as Mutable<typeof joiner>).updated = now;

    service.resetStats();
    const next = await subject.read(config, catalog, full.lastStates() as StateInput);
    expect(next.exitCode).toBe(0);
    const calls = service.stats().endpoints;

    const pulls = next.records('issue_pull_requests');
    const record = pulls.find((r) => r.data.issueId === target.id);
    expect(record?.data.pullRequests).toContainEqual(
      expect.objectContaining({ url: `https://github.com/${pull.repo}/pull/${pull.number}` }),
    );
    expect(pulls.some((r) => r.data.issueId === bystander.id)).toBe(false);
    // Every dev-status call found pull requests: none was spent on the bystander or on old issues.
    expect(calls[DEV_STATUS] ?? 0).toBe(pulls.length);

    const sprintIds = next.records('sprint_issues').map((r) => String(r.data.id));
    expect(sprintIds).toContain(`${active.id}-${joiner.id}`);
    const readSprints = new Set(next.records('sprint_issues').map((r) => r.data.sprintId));
    expect(calls[SPRINT_ISSUES] ?? 0).toBe(readSprints.size);
    const open = [...world.jira.sprints.values()].filter((s) => s.state !== 'closed').length;
    expect(readSprints.size).toBeLessThan(open);
  });

  it('the issues of every project changed between syncs arrive, whether one search holds them all or not', async () => {
    // Page size 10: a quiet sync fits in the one search of all projects, a busy one does not.
    const config = jiraConfig(sandbox, flavor, { page_size: 10 });
    const service = sandbox.service(serviceOf[flavor]);
    const subject = inProcess(new JiraSource());
    const catalog = await discoverCatalog(subject, config, { streams: ['issues'], syncMode: 'incremental' });
    const full = await subject.read(config, catalog);
    expect(full.exitCode).toBe(0);
    const projects = [...world.jira.projects.values()].length;
    expect(projects).toBeGreaterThan(1);

    const changedBy = (hours: number): string[] => {
      const summary = world.advance(hours);
      const changes = summary.jira.issues ?? { created: [], updated: [], deleted: [] };
      return [...new Set([...changes.created, ...changes.updated])].filter((k) => world.jira.issues.get(k));
    };
    let state = full.lastStates() as StateInput;
    const paths = new Set<string>();
    for (const hours of [48, 1]) {
      const expected = changedBy(hours);
      service.resetStats();
      const next = await subject.read(config, catalog, state);
      expect(next.exitCode).toBe(0);
      const keys = next.records('issues').map((r) => String(r.data.key));
      expect([...new Set(keys)].sort(), `after ${hours} h`).toEqual([...expected].sort());
      const searches = service.stats().endpoints[searchOf[flavor]] ?? 0;
      // Either one search answered every project, or (its page full) each project was searched after it.
      if (searches === 1) paths.add('one search');
      else expect(searches, `after ${hours} h`).toBeGreaterThanOrEqual(1 + projects);
      if (searches > 1) paths.add('one by one');
      state = next.lastStates() as StateInput;
    }
    expect([...paths].sort()).toEqual(['one by one', 'one search']);
  });
});
