import { fileURLToPath } from 'node:url';
import { command, discoverCatalog, killAndResume } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startJenkinsSandbox } from './jenkins-sandbox.js';

const { sandbox, config } = await startJenkinsSandbox({ seed: 31 });
afterAll(() => sandbox.close());
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const subject = command(process.execPath, [main]);

describe('kill and resume', () => {
  it('loses no job or build over 20 seeded kills, with small pages', async () => {
    const catalog = await discoverCatalog(subject, config, {
      syncMode: 'incremental',
      fallbackToFullRefresh: true,
    });
    // Small pages: kills land between pages of a job as well as between jobs.
    const report = await killAndResume({
      subject,
      config: { ...config, page_size: 7, concurrency: 2 },
      catalog,
      seed: 4242,
      maxKills: 20,
    });
    expect(report.problem).toBeUndefined();
    expect(report.killPoints.length).toBeGreaterThanOrEqual(20);
    expect(report.missingKeys).toEqual([]);
    expect(report.passed).toBe(true);
    const truth = sandbox.world.truth().jenkins;
    expect(report.baseline.keys).toBe(truth.builds.count + truth.jobs.count + truth.folders.count);
  }, 400_000);
});
