import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConnection, runSync, StateStore } from '@faros-ce/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farosCeRows } from './faros-ce-rows.js';
import { type JenkinsToFaros, startJenkinsToFaros } from './sandbox-connection.js';

const echoDestination = fileURLToPath(new URL('./echo-destination.mjs', import.meta.url));

describe('runSync: Jenkins into the sandbox Faros CE', () => {
  let setup: JenkinsToFaros;
  beforeAll(async () => {
    setup = await startJenkinsToFaros('ci-sync', 21);
  });
  afterAll(() => setup?.sandbox.close());

  it('syncs every build, keeps the echoed state, masks secrets in its logs, and resumes incrementally', async () => {
    const home = mkdtempSync(join(tmpdir(), 'harness-sync-'));
    const connection = loadConnection(setup.text, { env: setup.env });
    const truth = setup.sandbox.world.truth().jenkins;

    const first = await runSync(connection, { home, logLevel: 'debug' });
    expect(first.status).toBe('succeeded');
    const builds = first.streams.find((s) => s.stream === 'builds');
    expect(builds?.recordsRead).toBe(truth.builds.keys.length);
    expect(builds?.recordsWritten).toBe(truth.builds.keys.length);
    expect(builds?.statesCommitted).toBeGreaterThan(0);
    expect(first.countMismatches).toEqual([]);
    const rows = await farosCeRows(setup.sandbox.farosCe.url, setup.sandbox.farosCe.adminSecret);
    expect(rows.get('cicd_Build')?.length).toBe(truth.builds.keys.length);
    for (const row of rows.get('cicd_Build') ?? []) expect(JSON.parse(row).origin).toBe('ci-sync');

    // The state file is what the destination echoed, under the source's stream names.
    const state = new StateStore('ci-sync', home).read();
    expect(state.map((s) => s.stream?.stream_descriptor.name).sort()).toEqual(['builds', 'jobs']);
    expect(JSON.stringify(state)).not.toMatch(/"id"|destinationStats/);

    // Secrets never reach the run's files.
    const logFiles = readdirSync(first.logDir).map((f) => readFileSync(join(first.logDir, f), 'utf8'));
    expect(logFiles.join('').length).toBeGreaterThan(0);
    for (const text of logFiles) {
      expect(text).not.toContain(setup.env.JENKINS_TOKEN);
      expect(text).not.toContain(setup.env.HASURA_SECRET);
    }
    expect(readFileSync(join(first.logDir, 'harness.log'), 'utf8')).toMatch(/state 1 committed/);

    // After the world moves on, the next sync reads what is new (and running builds again), not everything.
    setup.sandbox.world.advance(1);
    const after = setup.sandbox.world.truth().jenkins.builds.keys.length;
    const second = await runSync(connection, { home });
    expect(second.status).toBe('succeeded');
    const again = second.streams.find((s) => s.stream === 'builds')?.recordsRead ?? 0;
    expect(again).toBeGreaterThanOrEqual(after - truth.builds.keys.length);
    expect(again).toBeLessThan(truth.builds.keys.length / 2);
    const rowsAfter = await farosCeRows(setup.sandbox.farosCe.url, setup.sandbox.farosCe.adminSecret);
    expect(rowsAfter.get('cicd_Build')?.length).toBe(after);
    expect(existsSync(join(home, 'ci-sync', 'sync.lock'))).toBe(false);
  });

  it('fails an attempt whose source goes silent past the heartbeat, and retries the attempt', async () => {
    const home = mkdtempSync(join(tmpdir(), 'harness-heartbeat-'));
    const connection = loadConnection(setup.text.replace('ci-sync', 'ci-slow'), { env: setup.env });
    await setup.sandbox.service('jenkins').setFaults({ profile: 'slow', latencyMs: 400 });
    try {
      const summary = await runSync(connection, { home, heartbeatMs: 150, maxAttempts: 2, retryDelaysMs: [0] });
      expect(summary.status).toBe('failed');
      expect(summary.attempts).toHaveLength(2);
      expect(summary.error).toMatch(/heartbeat timeout: the source sent no message for 0 s/);
    } finally {
      await setup.sandbox.service('jenkins').setFaults('none');
    }
  });

  it('retries a failed attempt from the last committed state, as Airbyte does', async () => {
    const home = mkdtempSync(join(tmpdir(), 'harness-retry-'));
    const marker = join(home, 'failed-once');
    // A destination (a local command) that dies after its 3rd echoed state, the first time only.
    const text = setup.text
      .replace('ci-sync', 'ci-retry')
      .replace(
        /destination:[\s\S]*$/,
        `destination:\n  connector: node ${echoDestination}\n  config:\n    fail_after_states: 3\n    marker: ${marker}\n`,
      );
    const connection = loadConnection(text, { env: setup.env });
    const summary = await runSync(connection, { home, retryDelaysMs: [0] });
    expect(summary.status).toBe('succeeded');
    expect(summary.attempts.map((a) => [a.succeeded, a.statesCommitted])).toEqual([
      [false, 3],
      [true, expect.any(Number)],
    ]);
    expect(summary.attempts[0]?.failure).toBe('the destination exited with 1');
    const log = readFileSync(join(summary.logDir, 'harness.log'), 'utf8');
    // The 3 committed states are the jobs state and two builds states: two streams' states.
    expect(log).toMatch(/attempt 1: 0 stream states committed before it/);
    expect(log).toMatch(/attempt 2: 2 stream states committed before it/);
    // The second attempt skipped what the first committed: fewer builds than a whole sync in total.
    const total = setup.sandbox.world.truth().jenkins.builds.keys.length;
    const read = summary.streams.find((s) => s.stream === 'builds')?.recordsRead ?? 0;
    expect(read).toBeLessThan(2 * total);
    // Written counts what the destination echoed: each build once over both attempts, but for running
    // builds, which the source asks again (their job's cursor stays before them), so an attempt after
    // the one that sent them sends them again.
    const running = [...setup.sandbox.world.jenkins.builds.values()].filter((b) => b.building).length;
    expect(running).toBeGreaterThan(0);
    const written = summary.streams.find((s) => s.stream === 'builds')?.recordsWritten ?? 0;
    expect(written).toBeGreaterThanOrEqual(total);
    expect(written).toBeLessThanOrEqual(total + running);
  });
});
