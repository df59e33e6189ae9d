import { fileURLToPath } from 'node:url';
import { command, discoverCatalog } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKey, startJenkinsSandbox } from './jenkins-sandbox.js';

const { sandbox, config } = await startJenkinsSandbox({ seed: 5 });
afterAll(() => sandbox.close());

// The built program, so the state goes through a file as the platform passes it.
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const subject = command(process.execPath, [main]);

describe('per-job incremental state', () => {
  it('resumes a job inside two folders with a space in its name from its own cursor', async () => {
    const catalog = await discoverCatalog(subject, config, {
      streams: ['builds'],
      syncMode: 'incremental',
    });
    const first = await subject.read(config, catalog);
    expect(first.exitCode).toBe(0);
    const state = first.lastStates()[0]?.stream?.stream_state as Record<string, { number?: number }>;
    const job = Object.keys(state).find(
      (name) => name.split('/').length >= 3 && / /.test(name.split('/').at(-1) ?? ''),
    );
    if (job === undefined) throw new Error(`no job inside two folders with a space in its name: ${Object.keys(state)}`);

    // The saved cursor: the oldest running build, or the one after the newest.
    const builds = [...sandbox.world.jenkins.builds.values()].filter((b) => b.job === job);
    const running = builds.filter((b) => b.building).map((b) => b.number);
    const newest = Math.max(...builds.map((b) => b.number));
    expect(state[job]).toEqual({ number: running.length > 0 ? Math.min(...running) : newest + 1 });

    // Only this job, its cursor moved back three builds: exactly those three (and newer) come again.
    const from = (state[job]?.number ?? 0) - 3;
    const only = { ...config, include_jobs: [job] };
    const resumed = await subject.read(only, catalog, [
      { type: 'STREAM', stream: { stream_descriptor: { name: 'builds' }, stream_state: { [job]: { number: from } } } },
    ]);
    expect(resumed.exitCode).toBe(0);
    const expected = builds.filter((b) => b.number >= from).map((b) => `${b.job}#${b.number}`);
    expect(
      resumed
        .records('builds')
        .map((r) => buildKey(r.data))
        .sort(),
    ).toEqual(expected.sort());
    expect(resumed.lastStates()[0]?.stream?.stream_state).toEqual({ [job]: state[job] });

    // From the first read's own state nothing is read again but running builds.
    const again = await subject.read(config, catalog, first.lastStates());
    expect(again.records('builds').every((r) => r.data.building === true)).toBe(true);
    expect(again.lastStates()[0]?.stream?.stream_state).toEqual(state);
  });
});
