import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/sandbox/start-sandbox.js';
import { decideFault } from '../src/service/decide-fault.js';
import { resolveFaultSettings } from '../src/service/fault-settings.js';
import { callerOf, type JenkinsCaller, jenkinsGet, observeJenkins } from './jenkins-http.js';

const SEED = 3;

describe('Jenkins behind the sandbox wrapper: counters, faults, advance', () => {
  let sandbox: Sandbox;
  let jenkins: JenkinsCaller;
  beforeAll(async () => {
    sandbox = await startSandbox({ services: ['jenkins'], seed: SEED });
    jenkins = callerOf(sandbox);
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('prints its URL, user and token in the connection info', () => {
    const info = sandbox.connectionInfo().jenkins;
    expect(info).toEqual({
      url: sandbox.service('jenkins').url,
      user: 'faros',
      token: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('counts requests under path templates', async () => {
    const service = sandbox.service('jenkins');
    service.resetStats();
    await jenkinsGet(jenkins, '/api/json');
    await jenkinsGet(jenkins, '/job/seed-job/api/json');
    await jenkinsGet(jenkins, '/job/tidewater-labs/job/Release%20Engineering/api/json?depth=1');
    await jenkinsGet(jenkins, '/job/seed-job/1/api/json');
    await jenkinsGet(jenkins, '/job/seed-job/2/api/json');
    await jenkinsGet(jenkins, '/job/seed-job/lastBuild/api/json');
    await jenkinsGet(jenkins, '/crumbIssuer/api/json', 'HEAD');
    expect(service.stats()).toMatchObject({
      total: 7,
      endpoints: {
        'GET /api/json': 1,
        'GET /job/{...}/api/json': 2,
        'GET /job/{...}/{number}/api/json': 2,
        'GET /job/{...}/{permalink}/api/json': 1,
        'GET /crumbIssuer/api/json': 1,
      },
    });
  });

  it('faults as the fault model says under flaky', async () => {
    const flaky = { profile: 'flaky', share: 0.5 } as const;
    await sandbox.service('jenkins').setFaults(flaky);
    const target = '/job/seed-job/api/json?tree=builds[number]';
    const seen: string[] = [];
    for (let i = 0; i < 16; i++) {
      const answer = await observeJenkins(jenkins, target);
      seen.push('error' in answer ? answer.error : String(answer.status));
    }
    const settings = resolveFaultSettings(flaky);
    const expected = seen.map((_, attempt) => {
      const d = decideFault(settings, { seed: SEED, method: 'GET', target, attempt });
      return d.kind === 'status' ? String(d.status) : d.kind === 'reset' ? 'ECONNRESET' : '200';
    });
    expect(seen).toEqual(expected);
    expect(seen).toContain('200');
    expect(seen.some((s) => s !== '200')).toBe(true);
    await sandbox.service('jenkins').setFaults('none');
  });

  it('answers rate-limited trips in the generic style (Jenkins has no limits of its own)', async () => {
    const limited = { profile: 'rate-limited', share: 0.5, resetSeconds: 600 } as const;
    await sandbox.service('jenkins').setFaults(limited);
    const settings = resolveFaultSettings(limited);
    let trips = 0;
    for (let i = 0; i < 12; i++) {
      const target = `/api/json?tree=jobs[name]{${i}}`;
      const first = await observeJenkins(jenkins, target);
      const decision = decideFault(settings, { seed: SEED, method: 'GET', target, attempt: 0 });
      if (decision.kind === 'pass') {
        expect(first).toMatchObject({ status: 200 });
        continue;
      }
      trips++;
      expect(first).toMatchObject({ status: 429 });
      const headers = 'headers' in first ? first.headers : {};
      expect(Number(headers['retry-after'])).toBeGreaterThan(0);
      expect(headers['x-ratelimit-remaining']).toBe('0');
      expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(0);
      // the same request stays refused until the reset
      expect(await observeJenkins(jenkins, target)).toMatchObject({ status: 429 });
    }
    expect(trips).toBeGreaterThan(0);
    await sandbox.service('jenkins').setFaults('none');
  });

  it('moves on with /_sandbox/advance: new builds appear in the answers', async () => {
    const before = sandbox.world.jenkins.builds.size;
    const count = async (): Promise<number> => {
      let total = 0;
      for (const job of sandbox.world.jenkins.jobs.values()) {
        if (!job.buildable) continue;
        const path = job.fullName
          .split('/')
          .map((n) => `/job/${encodeURIComponent(n)}`)
          .join('');
        const answer = await jenkinsGet(jenkins, `${path}/api/json?tree=allBuilds[number]`);
        total += (JSON.parse(answer.body) as { allBuilds: unknown[] }).allBuilds.length;
      }
      return total;
    };
    expect(await count()).toBe(before);
    const response = await fetch(`${jenkins.url}/_sandbox/advance`, { method: 'POST', body: '{"steps":3}' });
    expect(response.status).toBe(200);
    const created = (await response.json()) as { jenkins: { builds?: { created: string[] } } };
    const started = created.jenkins.builds?.created.length ?? 0;
    expect(started).toBeGreaterThan(0);
    expect(await count()).toBe(before + started);
  });
});
