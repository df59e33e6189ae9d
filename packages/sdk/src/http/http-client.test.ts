import { afterEach, describe, expect, it } from 'vitest';
import { AirbyteError } from '../errors/airbyte-error.js';
import { type StreamActivity, withStreamActivity } from '../source/stream-activity.js';
import { defaultClassifier } from './default-classifier.js';
import { createHttpClient, type HttpClientOptions } from './http-client.js';
import { fakeTime, json, startTestServer, type TestHandler, type TestServer } from './test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: TestHandler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

function client(base: string, time: ReturnType<typeof fakeTime>, options: HttpClientOptions = {}) {
  return createHttpClient({
    baseUrl: base,
    now: time.now,
    sleep: time.sleep,
    random: () => 0,
    ...options,
    retry: { baseDelayMs: 100, ...options.retry },
  });
}

async function failure(promise: Promise<unknown>): Promise<AirbyteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AirbyteError);
  return error as AirbyteError;
}

function recordingActivity() {
  const rateLimits: number[] = [];
  let apiCalls = 0;
  const activity: StreamActivity = {
    stream: { name: 'pulls' },
    rateLimited: (until) => rateLimits.push(until),
    apiCall: () => {
      apiCalls++;
    },
  };
  return { activity, rateLimits, apiCalls: () => apiCalls };
}

describe('createHttpClient retries', () => {
  it('retries a 500 with backoff, then returns the success', async () => {
    const s = await serve((_req, res, i) => (i === 0 ? json(res, 500, { error: 'boom' }) : json(res, 200, { ok: 1 })));
    const time = fakeTime();
    const logs: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => logs.push(m), error: () => {} };
    const response = await client(s.url, time, { logger }).get('/things');
    expect(response.data).toEqual({ ok: 1 });
    expect(s.requests).toHaveLength(2);
    expect(time.waits).toEqual([50]); // base 100, jitter at its minimum: half
    expect(logs[0]).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/things: HTTP 500; retry 1\/5/);
  });

  it('grows the backoff exponentially up to maxDelayMs', async () => {
    const s = await serve((_req, res, i) => (i < 4 ? json(res, 503, {}) : json(res, 200, [])));
    const time = fakeTime();
    await client(s.url, time, { random: () => 1, retry: { baseDelayMs: 100, maxDelayMs: 300 } }).get('/x');
    expect(time.waits).toEqual([100, 200, 300, 300]);
  });

  it('retries a 408', async () => {
    const s = await serve((_req, res, i) => (i === 0 ? json(res, 408, {}) : json(res, 200, 'ok')));
    const response = await client(s.url, fakeTime()).get('/x');
    expect(response.status).toBe(200);
    expect(s.requests).toHaveLength(2);
  });

  it('throws transient_error naming the attempts when retries run out', async () => {
    const s = await serve((_req, res) => json(res, 503, { message: 'down for maintenance' }));
    const time = fakeTime();
    const error = await failure(client(s.url, time, { retry: { maxRetries: 2 } }).get('/repos', { params: { q: 1 } }));
    expect(error.failureType).toBe('transient_error');
    expect(s.requests).toHaveLength(3);
    expect(time.waits).toHaveLength(2);
    expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/repos\?q=1 failed after 3 attempts/);
    expect(error.message).toContain('HTTP 503');
    expect(error.message).toContain('down for maintenance');
    expect(error.internalMessage).toContain('attempts=3');
  });

  it('gives up at once when the wait would exceed maxTotalWaitMs', async () => {
    const s = await serve((_req, res) => json(res, 429, {}, { 'retry-after': '3600' }));
    const time = fakeTime();
    const error = await failure(client(s.url, time, { retry: { maxTotalWaitMs: 60_000 } }).get('/x'));
    expect(error.failureType).toBe('transient_error');
    expect(error.message).toContain('wait budget');
    expect(time.waits).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });
});

describe('createHttpClient rate limits', () => {
  it('waits Retry-After seconds on a 429', async () => {
    const s = await serve((_req, res, i) =>
      i === 0 ? json(res, 429, {}, { 'retry-after': '7' }) : json(res, 200, {}),
    );
    const time = fakeTime();
    await client(s.url, time).get('/x');
    expect(time.waits).toEqual([7000]);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const time = fakeTime();
    const date = new Date(time.now() + 30_000).toUTCString();
    const s = await serve((_req, res, i) =>
      i === 0 ? json(res, 429, {}, { 'retry-after': date }) : json(res, 200, {}),
    );
    await client(s.url, time).get('/x');
    expect(time.waits).toEqual([30_000]);
  });

  it('waits for X-RateLimit-Reset on a GitHub-style 403 and reports it to the stream and onRateLimit', async () => {
    const time = fakeTime();
    const reset = String(time.now() / 1000 + 42);
    const s = await serve((_req, res, i) =>
      i === 0
        ? json(
            res,
            403,
            { message: 'API rate limit exceeded' },
            { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
          )
        : json(res, 200, { ok: true }),
    );
    const calls: [number, number, number][] = [];
    const { activity, rateLimits, apiCalls } = recordingActivity();
    const http = client(s.url, time, { onRateLimit: (...args) => calls.push(args) });
    const start = time.now();
    const response = await withStreamActivity(activity, () => http.get('/repos'));
    expect(response.data).toEqual({ ok: true });
    expect(time.waits).toEqual([43_000]); // 42 s to the reset plus 1 s for clock skew
    expect(rateLimits).toEqual([start + 43_000]);
    expect(calls).toEqual([[43_000, start + 43_000, 2]]);
    expect(apiCalls()).toBe(2);
  });

  it('waits RateLimit-Reset delta seconds', async () => {
    const s = await serve((_req, res, i) =>
      i === 0 ? json(res, 429, {}, { 'ratelimit-remaining': '0', 'ratelimit-reset': '5' }) : json(res, 200, {}),
    );
    const time = fakeTime();
    await client(s.url, time).get('/x');
    expect(time.waits).toEqual([5000]);
  });

  it('uses backoff on a 429 without headers, and does not report 5xx retries as rate limits', async () => {
    const s = await serve((_req, res, i) =>
      i === 0 ? json(res, 429, {}) : i === 1 ? json(res, 502, {}) : json(res, 200, {}),
    );
    const time = fakeTime();
    const { activity, rateLimits } = recordingActivity();
    await withStreamActivity(activity, () => client(s.url, time).get('/x'));
    expect(time.waits).toEqual([50, 100]);
    expect(rateLimits).toHaveLength(1);
  });
});

describe('createHttpClient classification', () => {
  it('fails a 401 as config_error without retrying', async () => {
    const s = await serve((_req, res) => json(res, 401, { message: 'Bad credentials' }));
    const time = fakeTime();
    const error = await failure(client(s.url, time).get('/user'));
    expect(error.failureType).toBe('config_error');
    expect(s.requests).toHaveLength(1);
    expect(time.waits).toEqual([]);
    expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/user failed: HTTP 401 Unauthorized: /);
    expect(error.message).toContain('{"message":"Bad credentials"}');
    expect(error.message).toContain('Check the credentials');
  });

  it('fails a 403 that is not a rate limit as config_error', async () => {
    const s = await serve((_req, res) => json(res, 403, {}, { 'x-ratelimit-remaining': '4000' }));
    const error = await failure(client(s.url, fakeTime()).get('/x'));
    expect(error.failureType).toBe('config_error');
    expect(s.requests).toHaveLength(1);
  });

  it('fails other 4xx as system_error with a short body excerpt', async () => {
    const s = await serve((_req, res) => json(res, 422, { detail: 'x'.repeat(5000) }));
    const error = await failure(client(s.url, fakeTime()).post('/x', { a: 1 }));
    expect(error.failureType).toBe('system_error');
    expect(error.message).toContain('POST ');
    expect(error.message).toContain('HTTP 422');
    expect(error.message.length).toBeLessThan(500);
  });

  it('lets a connector classifier ignore a 404 on one request', async () => {
    const s = await serve((_req, res) => json(res, 404, { message: 'Not Found' }));
    const http = client(s.url, fakeTime());
    const response = await http.get('/x', {
      classify: (o, c) =>
        o.kind === 'response' && o.response.status === 404 ? { action: 'ignore' } : defaultClassifier(o, c),
    });
    expect(response.ignored).toBe(true);
    expect((await failure(http.get('/x'))).failureType).toBe('system_error');
  });

  it('retries connection refused and then fails with transient_error', async () => {
    const closed = await startTestServer(() => {});
    await closed.close();
    const { activity, apiCalls } = recordingActivity();
    const http = createHttpClient({ sleep: async () => {}, retry: { maxRetries: 2 } });
    const error = await failure(withStreamActivity(activity, () => http.get(`${closed.url}/x`)));
    expect(error.failureType).toBe('transient_error');
    expect(error.message).toContain('connection refused (ECONNREFUSED)');
    expect(error.message).toContain('after 3 attempts');
    expect(apiCalls()).toBe(3);
    expect(error.cause).toBeUndefined();
  });

  it('times out a hung request, retries it and fails with transient_error', async () => {
    const s = await serve(() => {}); // never answers
    const http = createHttpClient({ baseUrl: s.url, sleep: async () => {}, retry: { maxRetries: 1 } });
    const error = await failure(http.get('/slow', { timeoutMs: 50 }));
    expect(error.failureType).toBe('transient_error');
    expect(error.message).toContain('timed out (ETIMEDOUT)');
    expect(s.requests).toHaveLength(2);
  });

  it('stops waiting when the request signal aborts', async () => {
    const s = await serve((_req, res) => json(res, 429, {}, { 'retry-after': '300' }));
    const controller = new AbortController();
    const http = createHttpClient({ baseUrl: s.url, onRateLimit: () => controller.abort() });
    const error = await failure(http.get('/x', { signal: controller.signal }));
    expect(error.failureType).toBe('transient_error');
    expect(error.message).toContain('aborted while waiting');
    expect(s.requests).toHaveLength(1);
  });

  it('runs hooks around each attempt and turns a hook crash into a masked system_error', async () => {
    const s = await serve((req, res) => json(res, 200, { seen: req.headers['x-hook'] }));
    const http = createHttpClient({
      baseUrl: s.url,
      hooks: [(next) => (req) => next({ ...req, headers: { ...req.headers, 'x-hook': 'yes' } })],
    });
    expect((await http.get('/x')).data).toEqual({ seen: 'yes' });
    const crashing = createHttpClient({
      baseUrl: s.url,
      auth: { type: 'bearer', token: 'hook-secret-9876' },
      hooks: [
        () => () => {
          throw new Error('refresh failed for hook-secret-9876');
        },
      ],
    });
    const error = await failure(crashing.get('/x'));
    expect(error.failureType).toBe('system_error');
    expect(error.message).toContain('refresh failed for ****');
    expect(`${error.message}${error.internalMessage}${error.stack}`).not.toContain('hook-secret-9876');
  });
});
