import { discoverCatalog, inProcess, type StateInput } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

// `board_issues` skips a board when the issue streams' shared search shows no issue the user can
// see was updated past the board's cursor; an issue changed between syncs still arrives.
const sandbox = await startJiraSandbox({ seed: 11 });
afterAll(() => sandbox.close());
const { world } = sandbox;
const serviceOf = { cloud: 'jira', data_center: 'jiraDataCenter' } as const;
const BOARD_ISSUES = 'GET /rest/agile/1.0/board/{boardId}/issue';
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

describe.each(FLAVORS)('quiet boards, %s', (flavor) => {
  it('are not read when no issue changed, and are read again when one did', async () => {
    const config = jiraConfig(sandbox, flavor, { page_size: 100 });
    const service = sandbox.service(serviceOf[flavor]);
    const subject = inProcess(new JiraSource());
    const catalog = await discoverCatalog(subject, config, {
      streams: ['issues', 'board_issues'],
      syncMode: 'incremental',
    });
    const sync = async (state?: StateInput) => {
      service.resetStats();
      const run = await subject.read(config, catalog, state);
      expect(run.exitCode).toBe(0);
      return { run, boardReads: service.stats().endpoints[BOARD_ISSUES] ?? 0 };
    };
    const boards = [...world.jira.boards.values()].length;
    const full = await sync();
    expect(full.boardReads).toBe(boards);
    world.advance(2);
    // Each board is read (a change somewhere may be on it), in one page: its cursor then marks how far.
    const second = await sync(full.run.lastStates());
    expect(second.boardReads).toBe(boards);
    const quiet = await sync(second.run.lastStates());
    expect(quiet.run.records('issues')).toHaveLength(0);
    expect(quiet.boardReads).toBe(0);

    // An issue of a board's project changes: the boards are read again and the change arrives.
    const [board] = [...world.jira.boards.values()];
    const issue = [...world.jira.issues.values()].find((i) => i.projectId === board?.projectId);
    if (!board || !issue) throw new Error('the world lacks a board with issues');
    world.advance(1);
    (issue as Mutable<typeof issue>).updated = world.clock.now();
    const changed = await sync(quiet.run.lastStates());
    expect(changed.boardReads).toBe(boards);
    const ids = changed.run.records('board_issues').map((r) => `${r.data.boardId}/${r.data.id}`);
    expect(ids).toContain(`${board.id}/${issue.id}`);
  });
});
