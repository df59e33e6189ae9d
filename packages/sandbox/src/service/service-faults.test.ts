import { createServer, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpCall, label, observe } from '../../test/http-call.js';
import { decideFault } from './decide-fault.js';
import { type FaultSpec, resolveFaultSettings } from './fault-settings.js';
import type { ServiceTimers } from './faulting-handler.js';
import { type RunningService, type ServiceOptions, startService } from './start-service.js';

const running: RunningService[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.close()));
});

let handled = 0;
const ok = (_req: unknown, res: ServerResponse): void => {
  handled += 1;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"ok":true}');
};

async function start(options: Partial<ServiceOptions> = {}): Promise<RunningService> {
  const service = await startService({ name: 'test', handler: ok, seed: 11, ...options });
  running.push(service);
  return service;
}

/** A clock that moves only when told and waits that end only when released. */
function manualTimers() {
  let now = 1_750_000_000_250;
  const sleeping: { ms: number; wake: () => void }[] = [];
  const timers: ServiceTimers = {
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => sleeping.push({ ms, wake })),
  };
  return { timers, sleeping, advance: (ms: number) => (now += ms), now: () => now };
}

/** What decideFault says attempts 0..n-1 of GET `target` look like to a client. */
function predicted(spec: FaultSpec, seed: number, target: string, n: number): string[] {
  const settings = resolveFaultSettings(spec);
  return Array.from({ length: n }, (_, attempt) => {
    const d = decideFault(settings, { seed, method: 'GET', target, attempt });
    return d.kind === 'status' ? String(d.status) : d.kind === 'reset' ? 'ECONNRESET' : '200';
  });
}

async function sequential(url: string, n: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < n; i++) seen.push(label(await observe(url)));
  return seen;
}

describe('the flaky profile', () => {
  const flaky: FaultSpec = { profile: 'flaky', share: 0.5 };

  it('answers some 502s and 503s and resets some connections, exactly as the fault model says', async () => {
    const service = await start({ faults: flaky });
    const seen = await sequential(`${service.url}/a`, 40);
    expect(seen).toEqual(predicted(flaky, 11, '/a', 40));
    expect(new Set(seen)).toEqual(new Set(['200', '502', '503', 'ECONNRESET']));
    const stats = service.stats();
    expect(stats.total).toBe(40);
    expect(stats.faults['502'] + stats.faults['503'] + stats.faults.reset).toBe(seen.filter((s) => s !== '200').length);
    // Control routes are never faulted.
    for (let i = 0; i < 5; i++) expect((await httpCall(`${service.url}/_sandbox/stats`)).status).toBe(200);
  });

  it('gives each path the same sequence whatever the interleaving, with or without concurrency', async () => {
    const [alternating, grouped, concurrent] = await Promise.all([
      start({ faults: flaky }),
      start({ faults: flaky }),
      start({ faults: flaky }),
    ]);
    const a1: string[] = [];
    const b1: string[] = [];
    for (let i = 0; i < 30; i++) {
      a1.push(label(await observe(`${alternating.url}/a`)));
      b1.push(label(await observe(`${alternating.url}/b`)));
    }
    const b2 = await sequential(`${grouped.url}/b`, 30);
    const a2 = await sequential(`${grouped.url}/a`, 30);
    const [a3, b3] = await Promise.all([sequential(`${concurrent.url}/a`, 30), sequential(`${concurrent.url}/b`, 30)]);

    expect(a2).toEqual(a1);
    expect(a3).toEqual(a1);
    expect(b2).toEqual(b1);
    expect(b3).toEqual(b1);
    expect(a1).not.toEqual(b1);
  });

  it('gives another sequence for another seed', async () => {
    const [one, other] = await Promise.all([start({ faults: flaky }), start({ faults: flaky, seed: 12 })]);
    expect(await sequential(`${other.url}/a`, 30)).not.toEqual(await sequential(`${one.url}/a`, 30));
  });
});

describe('the rate-limited profile', () => {
  it('answers 429 with Retry-After and X-RateLimit headers until the reset time, then succeeds', async () => {
    const clock = manualTimers();
    const service = await start({
      faults: { profile: 'rate-limited', share: 1, resetSeconds: 2 },
      timers: clock.timers,
    });
    handled = 0;
    const first = await httpCall(`${service.url}/x`);
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('2');
    expect(first.headers['x-ratelimit-remaining']).toBe('0');
    expect(first.headers['x-ratelimit-reset']).toBe(String(Math.ceil((clock.now() + 2000) / 1000)));

    clock.advance(1500);
    const early = await httpCall(`${service.url}/x`);
    expect(early.status).toBe(429);
    expect(early.headers['retry-after']).toBe('1');
    expect(handled).toBe(0);

    clock.advance(500);
    const after = await httpCall(`${service.url}/x`);
    expect(after.status).toBe(200);
    expect(handled).toBe(1);
    expect(service.stats().faults.rateLimited).toBe(2);
  });

  it('answers in the style of the service (GitHub: 403 or 429 with x-ratelimit headers)', async () => {
    const clock = manualTimers();
    const service = await start({
      faults: { profile: 'rate-limited', share: 1, maxConsecutive: 1 },
      timers: clock.timers,
      rateLimitStyle: 'github',
    });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const answer = await httpCall(`${service.url}/repos/o/r${i}`);
      statuses.add(answer.status);
      expect(answer.headers['x-ratelimit-resource']).toBe('core');
      expect(Number(answer.headers['x-ratelimit-reset'])).toBeGreaterThan(clock.now() / 1000);
      if (answer.headers['retry-after'] === undefined) expect(answer.headers['x-ratelimit-remaining']).toBe('0');
    }
    expect(statuses).toEqual(new Set([403, 429]));
  });
});

describe('the slow profile', () => {
  it('calls the service only after the delay, while control routes answer at once', async () => {
    const clock = manualTimers();
    const service = await start({ faults: { profile: 'slow', latencyMs: 400 }, timers: clock.timers });
    handled = 0;
    const pending = httpCall(`${service.url}/x`);
    await vi.waitFor(() => expect(clock.sleeping).toHaveLength(1));
    const [wait] = clock.sleeping;
    expect(wait?.ms).toBe(delayOfFirstAttempt(service));
    expect(wait?.ms).toBeGreaterThanOrEqual(200);

    const stats = await httpCall(`${service.url}/_sandbox/stats`);
    expect(JSON.parse(stats.body)).toMatchObject({ total: 1, faults: { delayed: 1 } });
    expect(handled).toBe(0);

    wait?.wake();
    expect((await pending).status).toBe(200);
    expect(handled).toBe(1);
  });
});

function delayOfFirstAttempt(service: RunningService): number {
  const d = decideFault(service.faults(), { seed: 11, method: 'GET', target: '/x', attempt: 0 });
  return d.kind === 'delay' ? d.ms : -1;
}

describe('the down profile', () => {
  it('refuses connections once switched on over HTTP, and listens again on the same port when switched off', async () => {
    const service = await start();
    expect((await httpCall(`${service.url}/x`)).status).toBe(200);
    const answer = await httpCall(`${service.url}/_sandbox/faults`, { method: 'POST', body: { profile: 'down' } });
    expect(JSON.parse(answer.body)).toMatchObject({ profile: 'down' });
    await vi.waitFor(async () => expect(await observe(`${service.url}/x`)).toEqual({ error: 'ECONNREFUSED' }));
    expect(await observe(`${service.url}/_sandbox/stats`)).toEqual({ error: 'ECONNREFUSED' });

    await service.setFaults('none');
    expect((await httpCall(`${service.url}/x`)).status).toBe(200);
  });

  it('stays down, and says so, when its port was taken meanwhile', async () => {
    const service = await start({ faults: 'down' });
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(service.port, '127.0.0.1', resolve));
    try {
      await expect(service.setFaults('none')).rejects.toThrow(/EADDRINUSE/);
      expect(service.faults().profile).toBe('down');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    await service.setFaults('none');
    expect((await httpCall(`${service.url}/x`)).status).toBe(200);
  });

  it('starts refusing and comes back by itself after forMs', async () => {
    const service = await start({ faults: { profile: 'down', forMs: 50 } });
    expect(await observe(`${service.url}/x`)).toEqual({ error: 'ECONNREFUSED' });
    await vi.waitFor(async () => expect(label(await observe(`${service.url}/x`))).toBe('200'), { timeout: 5000 });
    expect(service.faults().profile).toBe('none');
  });
});

describe('switching faults at runtime', () => {
  it('applies the new profile to the next request and starts its attempts over', async () => {
    const flaky: FaultSpec = { profile: 'flaky', share: 0.5 };
    const switched = await start();
    expect(await sequential(`${switched.url}/a`, 10)).toEqual(Array(10).fill('200'));
    await httpCall(`${switched.url}/_sandbox/faults`, { method: 'POST', body: flaky });
    const afterSwitch = await sequential(`${switched.url}/a`, 20);
    expect(afterSwitch).toEqual(predicted(flaky, 11, '/a', 20));
    expect(afterSwitch).not.toEqual(Array(20).fill('200'));

    await httpCall(`${switched.url}/_sandbox/faults`, { method: 'POST', body: { profile: 'none' } });
    expect(await sequential(`${switched.url}/a`, 10)).toEqual(Array(10).fill('200'));
  });
});
