import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { JenkinsSource } from '@faros-ce/source-jenkins';
import { afterAll, describe, expect, it } from 'vitest';
import { startJenkinsProxy, startJenkinsSandbox } from './jenkins-sandbox.js';

const { sandbox, config } = await startJenkinsSandbox({ seed: 7 });
afterAll(() => sandbox.close());
const subject = inProcess(new JenkinsSource());

describe('failures', () => {
  it('reports a job deleted mid-sync (404) and reads every other job', async () => {
    const victim = [...sandbox.world.jenkins.jobs.values()].find((j) => j.buildable && j.parent !== null);
    if (!victim) throw new Error('no job in a folder');
    const path = `/${victim.fullName
      .split('/')
      .map((n) => `job/${encodeURIComponent(n)}/`)
      .join('')}`;
    // Jenkins' 404 page for the job's builds, as if it were deleted between the folder walk and that read.
    const proxy = await startJenkinsProxy(config.server_url, (target, res) => {
      if (target.pathname !== `${path}api/json` || !(target.searchParams.get('tree') ?? '').startsWith('allBuilds')) {
        return false;
      }
      res.writeHead(404, { 'content-type': 'text/html;charset=utf-8' }).end('<html><body>Not Found</body></html>');
      return true;
    });
    try {
      const cfg = { ...config, server_url: proxy.url };
      const catalog = await discoverCatalog(subject, cfg, {
        streams: ['builds'],
        syncMode: 'incremental',
      });
      const run = await subject.read(cfg, catalog);
      expect(run.exitCode).toBe(0);
      const jobs = new Set(run.records('builds').map((r) => String(r.data.job)));
      expect(jobs).not.toContain(victim.fullName);
      const others = new Set(
        [...sandbox.world.jenkins.builds.values()].map((b) => b.job).filter((j) => j !== victim.fullName),
      );
      expect(jobs).toEqual(others);
      const warnings = run.logs.filter((l) => l.level === 'WARN').map((l) => l.message);
      expect(warnings.some((m) => m.includes(JSON.stringify(victim.fullName)) && m.includes('not found'))).toBe(true);
      // Its cursor was not set: the next sync reads it from the start.
      expect(run.lastStates()[0]?.stream?.stream_state).toHaveProperty([victim.fullName], {});
    } finally {
      await proxy.close();
    }
  });

  it('fails a read with a wrong token as a config error, and check without credentials', async () => {
    const catalog = await discoverCatalog(subject, config);
    const run = await subject.read({ ...config, token: 'wrong-token' }, catalog);
    expect(run.exitCode).toBe(1);
    expect(run.errors().map((e) => e.failure_type)).toContain('config_error');
    expect(run.records()).toEqual([]);
    const anonymous = await subject.check({ server_url: config.server_url });
    expect(anonymous.connectionStatus?.status).toBe('FAILED');
    const halfCredentials = await subject.check({ ...config, token: undefined });
    expect(halfCredentials.connectionStatus?.message).toMatch(/user and token/);
  });
});
