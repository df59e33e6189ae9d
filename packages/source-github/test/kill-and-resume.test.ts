import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AirbyteStateMessage } from '@faros-ce/sdk';
import { command, discoverCatalog, killAndResume } from '@faros-ce/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';

// The source as the platform runs it: the built bin in a child process.
const bin = fileURLToPath(new URL('../bin/source-github.js', import.meta.url));
const subject = command(process.execPath, [bin]);
const gh = await startGithubSandbox({ seed: 6 });
afterAll(() => gh.close());

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url)))) {
    throw new Error('this test runs the built source: run `npm run build` in packages/source-github');
  }
});

// The cursors per repository, without the saved ETags: an ETag belongs to the request the last sync made
// (`since` its cursor at the time), so a resumed run legitimately holds other ETags for the same cursor.
function cursorsOf(states: readonly AirbyteStateMessage[]): Record<string, unknown> {
  const withoutMemo = (state: unknown): unknown =>
    state !== null && typeof state === 'object'
      ? Object.fromEntries(
          Object.entries(state as Record<string, unknown>).map(([repo, holder]) => [
            repo,
            holder !== null && typeof holder === 'object'
              ? Object.fromEntries(Object.entries(holder as Record<string, unknown>).filter(([k]) => k !== '_memo'))
              : holder,
          ]),
        )
      : state;
  return Object.fromEntries(states.map((s) => [s.stream?.stream_descriptor.name, withoutMemo(s.stream?.stream_state)]));
}

describe('killed at seeded points and resumed from its states', () => {
  it('finds every primary key of an uninterrupted sync, with the same final cursors (20 kills)', async () => {
    const catalog = await discoverCatalog(subject, gh.config, { syncMode: 'incremental', fallbackToFullRefresh: true });
    const report = await killAndResume({
      subject,
      config: gh.config,
      catalog,
      seed: 20,
      maxKills: 20,
      maxAttempts: 30,
    });
    expect(report.problem).toBeUndefined();
    expect(report.killPoints.length).toBe(20);
    expect(report.baseline.keys).toBeGreaterThan(5000);
    expect(report.missingKeys).toEqual([]);
    expect(report).toMatchObject({ passed: true, completed: true, missingCount: 0 });
    const incremental = catalog.streams.filter((s) => s.sync_mode === 'incremental').map((s) => s.stream.name);
    expect(incremental.length).toBeGreaterThan(10);
    const baseline = cursorsOf(report.finalStates.baseline);
    const resumed = cursorsOf(report.finalStates.resumed);
    for (const stream of incremental) expect(resumed[stream], stream).toEqual(baseline[stream]);
  }, 1_800_000);
});
