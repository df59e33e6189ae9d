import { discoverCatalog, inProcess, type StateInput } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { startJiraSandbox } from './jira-sandbox.js';

// The README quotes these figures (small world, seed 1, default config): keep both in step.
const FULL_SYNC_MAX = 230;
const RESYNC_MAX = 18;
const ADVANCED_RESYNC_MAX = 20;
const SPRINT_ISSUES = 'GET /rest/agile/1.0/sprint/{sprintId}/issue';
const DEV_STATUS = 'GET /rest/dev-status/latest/issue/detail';
const SEARCH = 'GET /rest/api/3/search/jql';
// One search over all projects when the changes fit in a page, shared by issues, issue_comments,
// issue_worklogs, issue_changelogs and issue_pull_requests; sprint_issues tells from it which open
// sprints changed (every project is synced and the sprints' cursors are covered).
const QUIET_SEARCHES = 1;

const sandbox = await startJiraSandbox({ seed: 1 });
afterAll(() => sandbox.close());
const jira = sandbox.service('jira');

describe('API calls of the small world (Cloud)', () => {
  const cloud = sandbox.connectionInfo().jira;
  if (!cloud) throw new Error('the Jira Cloud simulator is not running');
  const config = { domain: cloud.url, email: cloud.email, api_token: cloud.token };
  const subject = inProcess(new JiraSource());
  const sync = async (state?: StateInput) => {
    const catalog = await discoverCatalog(subject, config, { syncMode: 'incremental', fallbackToFullRefresh: true });
    jira.resetStats();
    const run = await subject.read(config, catalog, state);
    expect(run.exitCode).toBe(0);
    const stats = jira.stats();
    return { run, stats, calls: (endpoint: string) => stats.endpoints[endpoint] ?? 0 };
  };
  let fullStates: StateInput | undefined;

  it('stay within bounds for a full sync and an immediate incremental re-sync, read from the sandbox counters', async () => {
    const full = await sync();
    fullStates = full.run.lastStates() as StateInput;
    const again = await sync(fullStates);
    console.log(
      `small world: full sync ${full.stats.total} calls (sprint_issues ${full.calls(SPRINT_ISSUES)}), ` +
        `immediate incremental re-sync ${again.stats.total} calls`,
      again.stats.endpoints,
    );
    expect(full.stats.total).toBeLessThanOrEqual(FULL_SYNC_MAX);
    expect(again.stats.total).toBeLessThanOrEqual(RESYNC_MAX);
    // Nothing changed: no sprint is read again, dev-status is not asked, each list is asked once.
    expect(again.calls(SPRINT_ISSUES)).toBe(0);
    expect(again.calls(DEV_STATUS)).toBe(0);
    expect(again.run.records('projects').length).toBeGreaterThan(1);
    expect(again.calls(SEARCH)).toBe(QUIET_SEARCHES);
    // `myself` tells both the flavor and the JQL time zone: no `serverInfo`.
    for (const endpoint of ['GET /rest/api/3/field', 'GET /rest/api/3/myself']) {
      expect(again.calls(endpoint), endpoint).toBe(1);
    }
    expect(again.calls('GET /rest/api/3/serverInfo')).toBe(0);
    // Each scrum board's sprints are listed once (pages of 50), shared by `sprints` and `sprint_issues`.
    const sprintsOf = (boardId: unknown) => again.run.records('sprints').filter((r) => r.data.boardId === boardId);
    const pages = again.run
      .records('boards')
      .filter((b) => b.data.type !== 'kanban')
      .reduce((sum, b) => sum + Math.floor(sprintsOf(b.data.id).length / 50) + 1, 0);
    expect(again.calls('GET /rest/agile/1.0/board/{boardId}/sprint')).toBe(pages);
  });

  it('after world.advance(1), pay only for what changed', async () => {
    if (!fullStates) throw new Error('the full sync did not run');
    const summary = sandbox.world.advance(1);
    const changedKeys = new Set([...(summary.jira.issues?.created ?? []), ...(summary.jira.issues?.updated ?? [])]);
    const next = await sync(fullStates);
    console.log(
      `after advance(1): ${changedKeys.size} changed issues, ${next.stats.total} calls`,
      next.stats.endpoints,
    );
    expect(next.stats.total).toBeLessThanOrEqual(ADVANCED_RESYNC_MAX);
    // dev-status only for changed issues whose Development field shows pull requests: each call makes a record.
    expect(next.calls(DEV_STATUS)).toBeLessThanOrEqual(changedKeys.size);
    expect(next.calls(DEV_STATUS)).toBe(next.run.records('issue_pull_requests').length);
    // Sprints are read only when one of their issues changed.
    const changedSprints = new Set(
      [...sandbox.world.jira.issues.values()]
        .filter((i) => changedKeys.has(i.key))
        .flatMap((i) => i.sprintIds.filter((id) => sandbox.world.jira.sprints.byId(id)?.state !== 'closed')),
    );
    expect(next.calls(SPRINT_ISSUES)).toBeLessThanOrEqual(changedSprints.size);
    expect(next.calls(SEARCH)).toBe(QUIET_SEARCHES);
    expect(next.calls('GET /rest/api/3/field')).toBe(1);
    expect(next.calls('GET /rest/api/3/myself')).toBe(1);
    expect(next.calls('GET /rest/api/3/serverInfo')).toBe(0);
  });
});
