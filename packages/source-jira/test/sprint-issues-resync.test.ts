import { discoverCatalog, inProcess, type StateInput } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { closedSprintKey } from '../src/streams/sprint-issues.js';
import { jiraConfig, startJiraSandbox } from './jira-sandbox.js';

const sandbox = await startJiraSandbox({ seed: 13 });
afterAll(() => sandbox.close());
const jira = sandbox.service('jira');
const SPRINT_ISSUES = 'GET /rest/agile/1.0/sprint/{sprintId}/issue';
const SEARCH = 'GET /rest/api/3/search/jql';

type Blob = Record<string, { updated?: number }>;
const blobOf = (states: StateInput): Blob => {
  const last = (states as { stream?: { stream_state?: unknown } }[]).at(-1);
  return (last?.stream?.stream_state ?? {}) as Blob;
};
const sprintsIn = (state: 'closed' | 'active' | 'future') =>
  [...sandbox.world.jira.sprints.values()].filter((s) => s.state === state);

describe('sprint_issues across syncs (Cloud)', () => {
  const config = jiraConfig(sandbox, 'cloud');
  const subject = inProcess(new JiraSource());
  const catalogOf = () => discoverCatalog(subject, config, { streams: ['sprint_issues'], syncMode: 'incremental' });
  const sync = async (state?: StateInput) => {
    jira.resetStats();
    const run = await subject.read(config, await catalogOf(), state);
    expect(run.exitCode).toBe(0);
    const endpoints = jira.stats().endpoints;
    return {
      run,
      calls: endpoints[SPRINT_ISSUES] ?? 0,
      searches: endpoints[SEARCH] ?? 0,
      states: run.lastStates() as StateInput,
    };
  };

  it('an immediate re-sync reads no sprint; after an advance, changes in active sprints still come', async () => {
    const closed = sprintsIn('closed');
    const open = [...sprintsIn('active'), ...sprintsIn('future')];
    expect(closed.length).toBeGreaterThan(open.length); // the world has history worth skipping

    const full = await sync();
    expect(full.calls).toBeGreaterThanOrEqual(closed.length + open.length);
    const fullBlob = blobOf(full.states);
    for (const sprint of closed)
      expect(fullBlob[closedSprintKey(sprint.id)]?.updated, String(sprint.id)).toBeTypeOf('number');

    const again = await sync(full.states);
    console.log(
      `sprint_issues calls: full sync ${full.calls}, immediate re-sync ${again.calls} (+${again.searches} search)`,
    );
    // Nothing changed: one search finds no open sprint with a newer issue, so none is read.
    expect(full.searches).toBe(0);
    expect(again.calls).toBe(0);
    expect(again.searches).toBe(1);
    expect(again.run.records('sprint_issues')).toEqual([]);

    // What Jira does when an issue joins a sprint: the sprint field changes and the issue is updated.
    const active = sprintsIn('active')[0];
    if (!active) throw new Error('no active sprint');
    const summary = sandbox.world.advance(24);
    const issues = [...sandbox.world.jira.issues.values()];
    const joiner = issues.find((i) => !i.sprintIds.includes(active.id));
    if (!joiner) throw new Error('no issue outside the active sprint');
    const mutable = joiner as unknown as { sprintIds: number[]; updated: number };
    mutable.sprintIds = [...joiner.sprintIds, active.id];
    mutable.updated = sandbox.world.clock.now();

    const after = await sync(again.states);
    const ids = after.run.records('sprint_issues').map((r) => String(r.data.id));
    // Only sprints with a changed issue are read.
    const touched = new Set(after.run.records('sprint_issues').map((r) => r.data.sprintId));
    expect(after.calls).toBe(touched.size);
    expect(ids).toContain(`${active.id}-${joiner.id}`);
    // Issues of active sprints that the advance changed come too.
    const changed = new Set([...(summary.jira.issues?.created ?? []), ...(summary.jira.issues?.updated ?? [])]);
    const expected = issues.flatMap((i) =>
      changed.has(i.key)
        ? i.sprintIds
            .filter((id) => sandbox.world.jira.sprints.byId(id)?.state === 'active')
            .map((id) => `${id}-${i.id}`)
        : [],
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(ids).toContain(id);
    console.log(`after the advance: ${expected.length} changed issues of active sprints, ${ids.length} records`);
  });

  it('a state written before closed sprints were tracked reads every closed sprint once more, then skips them', async () => {
    const first = await sync();
    const old = structuredClone(first.run.lastStates());
    for (const entry of old) {
      const blob = (entry.stream?.stream_state ?? {}) as Blob;
      for (const key of Object.keys(blob)) if (key.startsWith('closed-')) delete blob[key];
    }
    const closed = sprintsIn('closed').length;
    const migrated = await sync(old as StateInput);
    expect(migrated.calls).toBeGreaterThanOrEqual(closed);
    const settled = await sync(migrated.states);
    expect(settled.calls).toBeLessThan(migrated.calls - closed + 1);
  });

  it('a sprint that closed since the last sync is read one last time', async () => {
    const before = await sync();
    const activeIds = new Set(sprintsIn('active').map((s) => s.id));
    // Sprints last two weeks: a fortnight of hours closes every sprint active now.
    sandbox.world.advance(14 * 24);
    const justClosed = sprintsIn('closed').filter((s) => activeIds.has(s.id));
    expect(justClosed.length).toBeGreaterThan(0);
    const next = await sync(before.states);
    const blob = blobOf(next.states);
    for (const sprint of justClosed) expect(blob[closedSprintKey(sprint.id)]?.updated).toBeTypeOf('number');
    expect(next.calls).toBeGreaterThanOrEqual(justClosed.length);
    const third = await sync(next.states);
    expect(third.calls).toBe(0);
  });
});
