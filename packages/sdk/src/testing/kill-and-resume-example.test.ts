import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleServer, startExampleServer } from '../../examples/http-source/server.ts';
import { configuredCatalogFrom } from './configured-catalog-from.js';
import { command } from './connector-under-test.js';
import { killAndResume } from './kill-and-resume.js';

// The example HTTP source as the platform runs it: a child process (importing the built SDK).
const main = fileURLToPath(new URL('../../examples/http-source/main.ts', import.meta.url));
const subject = command(process.execPath, [main]);
const TOKEN = 'kill-resume-token-41c2';
let server: ExampleServer;

beforeAll(async () => {
  if (!existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url)))) {
    throw new Error('this test runs the example source importing the built SDK: run `npm run build` in packages/sdk');
  }
  // Every 9th request is refused with a 20 ms Retry-After: the source reports RATE_LIMITED waits.
  server = await startExampleServer({
    token: TOKEN,
    employees: 150,
    notesPerDepartment: 20,
    rateLimitEvery: 9,
    retryAfterSeconds: 0.02,
  });
});
afterAll(() => server?.close());

describe('killAndResume on the example HTTP source', () => {
  it('loses no record when killed after records and during rate-limit waits, resuming from its states', async () => {
    const config = { api_url: server.url, api_token: TOKEN, page_size: 10, checkpoint_every: 20 };
    const discovered = (await subject.discover(config)).catalog;
    if (!discovered) throw new Error('discover gave no catalog');
    const catalog = configuredCatalogFrom(discovered, { syncMode: 'incremental', fallbackToFullRefresh: true });
    // Seed 1's first draw picks a kill at a rate-limit wait, so at least one kill lands there.
    const report = await killAndResume({ subject, config, catalog, seed: 1, maxKills: 4 });
    expect(report.problem).toBeUndefined();
    expect(report.baseline.keys).toBe(4 + 150 + 4 * 20);
    expect(report.baseline.rateLimitWaits).toBeGreaterThan(0);
    expect(report.killPoints.length).toBeGreaterThan(0);
    expect(report.killPoints.some((k) => k.kind === 'rate-limited')).toBe(true);
    expect(report).toMatchObject({ passed: true, completed: true, missingCount: 0 });
    // Resuming ends where the uninterrupted run ended: the same final cursor per stream.
    const byStream = (states: typeof report.finalStates.baseline) =>
      Object.fromEntries(states.map((s) => [s.stream?.stream_descriptor.name, s.stream?.stream_state]));
    expect(byStream(report.finalStates.resumed)).toEqual(byStream(report.finalStates.baseline));
    expect(byStream(report.finalStates.baseline).employees).toEqual({ updated_at: expect.any(String) });
  });
});
