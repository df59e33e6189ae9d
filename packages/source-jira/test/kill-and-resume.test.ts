import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { command, discoverCatalog, inProcess, killAndResume } from '@faros-ce/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

// The child runs the built connector (dist/main.js), as the platform would.
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const subject = command(process.execPath, [main]);
const sandbox = await startJiraSandbox({ seed: 9 });
afterAll(() => sandbox.close());

beforeAll(() => {
  if (!existsSync(main))
    throw new Error('this test runs the built source: run `npm run build` in packages/source-jira');
});

describe.each(FLAVORS)('kill and resume, %s', (flavor) => {
  it('20 seeded kills lose no record of any stream', async () => {
    // Small pages and checkpoints: many states to resume from, kills land mid-page.
    const config = jiraConfig(sandbox, flavor, { page_size: 15, checkpoint_every: 10, concurrency_limit: 2 });
    const catalog = await discoverCatalog(inProcess(new JiraSource()), config, {
      syncMode: 'incremental',
      fallbackToFullRefresh: true,
    });
    const report = await killAndResume({ subject, config, catalog, seed: flavor === 'cloud' ? 21 : 22, maxKills: 20 });
    expect(report.problem).toBeUndefined();
    expect(report.killPoints.length).toBeGreaterThanOrEqual(20);
    expect(report.baseline.keys).toBeGreaterThan(1000);
    expect(report).toMatchObject({ passed: true, completed: true, missingCount: 0 });
  });
});
