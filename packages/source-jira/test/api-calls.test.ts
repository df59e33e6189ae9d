import { configuredCatalogFrom, inProcess } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { startJiraSandbox } from './jira-sandbox.js';

// The README quotes these figures (small world, seed 1, default config): keep both in step.
const FULL_SYNC_MAX = 300;
const RESYNC_MAX = 70;
const SPRINT_ISSUES = 'GET /rest/agile/1.0/sprint/{sprintId}/issue';

const sandbox = await startJiraSandbox({ seed: 1 });
afterAll(() => sandbox.close());
const jira = sandbox.service('jira');

describe('API calls of the small world (Cloud)', () => {
  it('stay within bounds for a full sync and an immediate incremental re-sync, read from the sandbox counters', async () => {
    const cloud = sandbox.connectionInfo().jira;
    if (!cloud) throw new Error('the Jira Cloud simulator is not running');
    const config = { domain: cloud.url, email: cloud.email, api_token: cloud.token };
    const subject = inProcess(new JiraSource());
    const discovered = (await subject.discover(config)).catalog ?? { streams: [] };
    const catalog = configuredCatalogFrom(discovered, { syncMode: 'incremental', fallbackToFullRefresh: true });
    jira.resetStats();
    const full = await subject.read(config, catalog);
    const fullStats = jira.stats();
    jira.resetStats();
    const again = await subject.read(config, catalog, full.lastStates());
    const resyncStats = jira.stats();
    const sprints = (s: typeof fullStats): number => s.endpoints[SPRINT_ISSUES] ?? 0;
    console.log(
      `small world: full sync ${fullStats.total} calls (sprint_issues ${sprints(fullStats)}), ` +
        `immediate incremental re-sync ${resyncStats.total} calls (sprint_issues ${sprints(resyncStats)})`,
    );
    expect(full.exitCode).toBe(0);
    expect(again.exitCode).toBe(0);
    expect(fullStats.total).toBeLessThanOrEqual(FULL_SYNC_MAX);
    expect(resyncStats.total).toBeLessThanOrEqual(RESYNC_MAX);
    // Only open sprints are read again.
    const open = [...sandbox.world.jira.sprints.values()].filter((s) => s.state !== 'closed').length;
    expect(sprints(resyncStats)).toBe(open);
  });
});
