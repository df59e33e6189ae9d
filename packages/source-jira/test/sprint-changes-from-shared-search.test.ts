import { discoverCatalog, inProcess, type StateInput } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, type Flavor, jiraConfig, startJiraSandbox, withStateOf } from './jira-sandbox.js';

// `sprint_issues` tells which open sprints changed from the issue search the issue streams shared,
// without its own search, only when that search covers every open sprint. An issue joining an open
// sprint between syncs arrives whichever way the sprints were told apart.
const sandbox = await startJiraSandbox({ seed: 7 });
afterAll(() => sandbox.close());
const { world } = sandbox;
const serviceOf = { cloud: 'jira', data_center: 'jiraDataCenter' } as const;
const searchOf = { cloud: 'GET /rest/api/3/search/jql', data_center: 'GET /rest/api/2/search' } as const;
const SPRINT_ISSUES = 'GET /rest/agile/1.0/sprint/{sprintId}/issue';
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * An issue outside an active sprint joins it now (Jira updates an issue whose Sprint field changes);
 * with `projectId`, a sprint of that project's board and an issue of another project.
 */
function joinActiveSprint(projectId?: string): { recordId: string; projectId: string } {
  const onBoard = (boardId: number) => !projectId || world.jira.boards.get(String(boardId))?.projectId === projectId;
  const active = [...world.jira.sprints.values()].find((s) => s.state === 'active' && onBoard(s.boardId));
  const joiner = [...world.jira.issues.values()].find(
    (i) => active && !i.sprintIds.includes(active.id) && (!projectId || i.projectId !== projectId),
  );
  if (!active || !joiner) throw new Error('the world lacks an active sprint or an issue outside it');
  (joiner as Mutable<typeof joiner>).sprintIds = [...joiner.sprintIds, active.id];
  (joiner as Mutable<typeof joiner>).updated = world.clock.now();
  return { recordId: `${active.id}-${joiner.id}`, projectId: joiner.projectId };
}

async function harness(flavor: Flavor, extra: Record<string, unknown> = {}) {
  const config = jiraConfig(sandbox, flavor, { page_size: 100, ...extra });
  const service = sandbox.service(serviceOf[flavor]);
  const subject = inProcess(new JiraSource());
  const catalog = await discoverCatalog(subject, config, {
    streams: ['issues', 'sprint_issues'],
    syncMode: 'incremental',
  });
  return async (state?: StateInput) => {
    service.resetStats();
    const run = await subject.read(config, catalog, state);
    expect(run.exitCode).toBe(0);
    const calls = service.stats().endpoints;
    const ids = run.records('sprint_issues').map((r) => String(r.data.id));
    return { run, ids, searches: calls[searchOf[flavor]] ?? 0, sprintReads: calls[SPRINT_ISSUES] ?? 0 };
  };
}

describe.each(FLAVORS)('open sprints told apart from the shared issue search, %s', (flavor) => {
  it('with every project synced and the sprints’ cursors covered: no search of its own, the change arrives', async () => {
    const sync = await harness(flavor);
    const full = await sync();
    world.advance(2);
    const joined = joinActiveSprint().recordId;
    const next = await sync(full.run.lastStates());
    expect(next.searches).toBe(1);
    expect(next.ids).toContain(joined);
    // Only sprints with a change are read.
    const open = [...world.jira.sprints.values()].filter((s) => s.state !== 'closed').length;
    expect(next.sprintReads).toBeLessThan(open);
  });

  it('sprint cursors older than the shared search: sprint_issues searches itself, no change is lost', async () => {
    const sync = await harness(flavor);
    const old = (await sync()).run.lastStates();
    world.advance(6);
    const join = joinActiveSprint();
    const joined = join.recordId;
    // A later change in the same project moves that project's cursor past the join.
    world.advance(1);
    const later = [...world.jira.issues.values()].find(
      (i) => i.projectId === join.projectId && !joined.endsWith(`-${i.id}`),
    );
    if (!later) throw new Error('no other issue in the project');
    (later as Mutable<typeof later>).updated = world.clock.now();
    const between = await sync(old);
    expect(between.ids).toContain(joined);
    world.advance(1);
    // `issues` resumes from after that change; `sprint_issues` from before it: the shared search
    // (from the later cursors) does not hold the change, so it must search on its own.
    const next = await sync(withStateOf(between.run.lastStates(), 'sprint_issues', old));
    expect(next.searches).toBe(2);
    expect(next.ids).toContain(joined);
  });

  it('with only some projects synced (a sprint may hold others’ issues): sprint_issues searches itself', async () => {
    // A project whose board has an active sprint.
    const active = [...world.jira.sprints.values()].find((s) => s.state === 'active');
    const first = active && world.jira.projects.byId(world.jira.boards.get(String(active.boardId))?.projectId ?? '');
    if (!first) throw new Error('no project with an active sprint');
    const sync = await harness(flavor, { projects: [first.key] });
    const full = await sync();
    world.advance(2);
    // An issue of another project joins a sprint of this project's board.
    const joined = joinActiveSprint(first.id).recordId;
    const next = await sync(full.run.lastStates());
    expect(next.searches).toBe(2);
    expect(next.ids).toContain(joined);
  });
});
