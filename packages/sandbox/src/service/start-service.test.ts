import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { httpCall } from '../../test/http-call.js';
import type { ServiceStats } from './request-counters.js';
import { type RunningService, type ServiceOptions, startService } from './start-service.js';

const running: RunningService[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.close()));
});

const ok = (_req: unknown, res: ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"ok":true}');
};

async function start(options: Partial<ServiceOptions> = {}): Promise<RunningService> {
  const service = await startService({ name: 'test', handler: ok, seed: 1, ...options });
  running.push(service);
  return service;
}

describe('startService counters', () => {
  it('counts API requests per endpoint template, and control requests apart', async () => {
    const service = await start({
      routeOf: (method, pathname) =>
        pathname.startsWith('/items/') ? `${method} /items/{id}` : `${method} ${pathname}`,
    });
    expect(service.url).toBe(`http://127.0.0.1:${service.port}`);
    await httpCall(`${service.url}/items/1`);
    await httpCall(`${service.url}/items/2?expand=all`);
    await httpCall(`${service.url}/items/1`, { method: 'POST', body: {} });
    await httpCall(`${service.url}/other?x=1`);

    const answer = await httpCall(`${service.url}/_sandbox/stats`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      service: 'test',
      total: 4,
      notModified: 0,
      endpoints: { 'GET /items/{id}': 2, 'POST /items/{id}': 1, 'GET /other': 1 },
      faults: { '502': 0, '503': 0, reset: 0, rateLimited: 0, delayed: 0 },
      sandbox: { 'GET /_sandbox/stats': 1 },
    } satisfies ServiceStats);

    const cleared = await httpCall(`${service.url}/_sandbox/stats`, { method: 'DELETE' });
    expect(JSON.parse(cleared.body)).toMatchObject({ total: 0, endpoints: {}, sandbox: {} });
    await httpCall(`${service.url}/other`);
    expect(service.stats()).toMatchObject({ total: 1, endpoints: { 'GET /other': 1 } });
  });

  it('counts the requests answered 304 Not Modified among them, until cleared', async () => {
    const service = await start({
      handler: (req, res) => {
        res.writeHead(req.headers['if-none-match'] === '"v1"' ? 304 : 200, { etag: '"v1"' });
        res.end();
      },
    });
    await httpCall(`${service.url}/a`);
    await httpCall(`${service.url}/a`, { headers: { 'if-none-match': '"v1"' } });
    await httpCall(`${service.url}/a`, { headers: { 'if-none-match': '"v0"' } });
    expect(service.stats()).toMatchObject({ total: 3, notModified: 1 });
    service.resetStats();
    expect(service.stats()).toMatchObject({ total: 0, notModified: 0 });
  });

  it('counts by METHOD pathname when no template is given', async () => {
    const service = await start();
    await httpCall(`${service.url}/a?page=1`);
    await httpCall(`${service.url}/a?page=2`);
    expect(service.stats().endpoints).toEqual({ 'GET /a': 2 });
  });
});

describe('startService control routes', () => {
  it('delegates advance and truth to the world', async () => {
    const advanced: number[] = [];
    const world = {
      advance: (steps: number) => {
        advanced.push(steps);
        return { steps, total: advanced.reduce((a, b) => a + b, 0) };
      },
      truth: async () => ({ stepsTaken: advanced.reduce((a, b) => a + b, 0) }),
    };
    const service = await start({ world });
    const before = await httpCall(`${service.url}/_sandbox/truth`);
    expect(JSON.parse(before.body)).toEqual({ stepsTaken: 0 });

    const advance = await httpCall(`${service.url}/_sandbox/advance`, { method: 'POST', body: { steps: 3 } });
    expect(advance.status).toBe(200);
    expect(JSON.parse(advance.body)).toEqual({ steps: 3, total: 3 });
    await httpCall(`${service.url}/_sandbox/advance`, { method: 'POST' });
    expect(advanced).toEqual([3, 1]);

    const after = await httpCall(`${service.url}/_sandbox/truth`);
    expect(JSON.parse(after.body)).toEqual({ stepsTaken: 4 });
    expect(service.stats()).toMatchObject({
      total: 0,
      sandbox: { 'GET /_sandbox/truth': 2, 'POST /_sandbox/advance': 2 },
    });
  });

  it('rejects bad steps, wrong methods and unknown routes, and answers 404 without a world', async () => {
    const service = await start({ world: { advance: () => ({}), truth: () => ({}) } });
    const badSteps = await httpCall(`${service.url}/_sandbox/advance`, { method: 'POST', body: { steps: 0 } });
    expect(badSteps.status).toBe(400);
    expect(JSON.parse(badSteps.body).error).toMatch(/"steps" must be an integer/);
    expect((await httpCall(`${service.url}/_sandbox/truth`, { method: 'POST' })).status).toBe(405);
    expect((await httpCall(`${service.url}/_sandbox/nothing`)).status).toBe(404);

    const worldless = await start();
    const truth = await httpCall(`${worldless.url}/_sandbox/truth`);
    expect(truth.status).toBe(404);
    expect(JSON.parse(truth.body).error).toMatch(/no simulated world/);
  });

  it('reports and changes the fault settings, rejecting unknown profiles', async () => {
    const service = await start();
    expect(JSON.parse((await httpCall(`${service.url}/_sandbox/faults`)).body)).toMatchObject({ profile: 'none' });
    const bogus = await httpCall(`${service.url}/_sandbox/faults`, { method: 'POST', body: { profile: 'bogus' } });
    expect(bogus.status).toBe(400);
    expect(JSON.parse(bogus.body).error).toMatch(/unknown fault profile "bogus"/);
    const changed = await httpCall(`${service.url}/_sandbox/faults`, { method: 'POST', body: 'slow' });
    expect(JSON.parse(changed.body)).toMatchObject({ profile: 'slow', latencyMs: 250 });
    expect(service.faults().profile).toBe('slow');
  });

  it('answers 500 when the handler throws or rejects', async () => {
    const throwing = await start({
      handler: () => {
        throw new Error('boom');
      },
    });
    const answer = await httpCall(`${throwing.url}/x`);
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body).error).toMatch(/boom/);
    const rejecting = await start({ handler: async () => Promise.reject(new Error('later boom')) });
    expect((await httpCall(`${rejecting.url}/x`)).status).toBe(500);
  });
});
