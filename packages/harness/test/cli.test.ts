import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/harness-error.js';
import { type JenkinsToFaros, startJenkinsToFaros } from './sandbox-connection.js';

const bin = fileURLToPath(new URL('../bin/airbyte-harness.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => {
      stderr += t;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!built)('airbyte-harness command line', () => {
  if (!built) console.warn('harness not built (npm run build): the CLI tests run the built CLI');
  let setup: JenkinsToFaros;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    setup = await startJenkinsToFaros('ci-cli', 31);
    dir = mkdtempSync(join(tmpdir(), 'harness-cli-'));
    file = join(dir, 'ci.yaml');
    writeFileSync(file, setup.text);
  });
  afterAll(() => setup?.sandbox.close());

  it('names the problem in bad connection files, unknown connectors and unset variables (exit 2)', async () => {
    const unset = await cli(['sync', file, '--home', join(dir, 'h')], { JENKINS_TOKEN: '', HASURA_SECRET: '' });
    // An empty value is set; an absent one is not.
    expect(unset.code).not.toBe(EXIT.badInput);
    const missing = await cli(['check', file]);
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.stderr).toMatch(
      /ci\.yaml:7:\d+: source\.config\.token: environment variable JENKINS_TOKEN is not set/,
    );

    const unknown = join(dir, 'unknown.yaml');
    writeFileSync(unknown, setup.text.replace('connector: faros', 'connector: snowflake'));
    const bad = await cli(['sync', unknown], setup.env);
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.stderr).toMatch(/unknown\.yaml:9:\d+: destination\.connector: unknown connector 'snowflake'/);

    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'name: x\nsource: {connector: jenkins\n');
    const syntax = await cli(['sync', broken, '--json'], setup.env);
    expect(syntax.code).toBe(EXIT.badInput);
    expect(JSON.parse(syntax.stdout)).toMatchObject({
      exitCode: EXIT.badInput,
      error: expect.stringMatching(/broken\.yaml:\d+:\d+: not valid YAML/),
    });

    expect((await cli(['spec', 'nosuchconnector'])).stderr).toMatch(/unknown connector 'nosuchconnector'/);
    expect((await cli(['sync'])).code).toBe(EXIT.badInput);
  });

  it('checks, syncs, shows and resets state, and refuses a second sync of a locked connection', async () => {
    const home = join(dir, 'home');
    const check = await cli(['check', file, '--json'], setup.env);
    expect(check.code).toBe(EXIT.ok);
    expect(JSON.parse(check.stdout).map((r: { status: string }) => r.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);

    const badSecret = join(dir, 'bad-secret.yaml');
    writeFileSync(badSecret, setup.text);
    const failed = await cli(['check', badSecret], { ...setup.env, HASURA_SECRET: 'wrong-secret-value' });
    expect(failed.code).toBe(EXIT.checkFailed);
    expect(failed.stdout).toMatch(/destination \(faros\): FAILED/);
    expect(failed.stdout + failed.stderr).not.toContain('wrong-secret-value');

    const sync = await cli(['sync', file, '--home', home, '--json'], setup.env);
    expect(sync.code).toBe(EXIT.ok);
    const summary = JSON.parse(sync.stdout);
    const builds = setup.sandbox.world.truth().jenkins.builds.keys.length;
    expect(summary.streams.find((s: { stream: string }) => s.stream === 'builds').recordsWritten).toBe(builds);

    const plain = await cli(['sync', file, '--home', home], setup.env);
    expect(plain.stdout).toMatch(/^ci-cli: succeeded in [\d.]+ s, 1 attempt\(s\)\nstream +read +written/);

    const show = await cli(['state', 'show', file, '--home', home, '--json']);
    expect(
      JSON.parse(show.stdout)
        .map((s: { stream: { stream_descriptor: { name: string } } }) => s.stream.stream_descriptor.name)
        .sort(),
    ).toEqual(['builds', 'jobs']);
    const exported = join(dir, 'state.json');
    expect((await cli(['state', 'export', 'ci-cli', exported, '--home', home])).code).toBe(EXIT.ok);
    expect((await cli(['state', 'reset', file, '--stream', 'builds', '--home', home])).stdout).toMatch(
      /state of 1 stream\(s\) reset/,
    );
    expect((await cli(['state', 'show', file, '--home', home])).stdout).not.toMatch(/^builds:/m);
    expect((await cli(['state', 'import', file, exported, '--home', home])).code).toBe(EXIT.ok);
    expect(readFileSync(join(home, 'ci-cli', 'state.json'), 'utf8')).toBe(readFileSync(exported, 'utf8'));
    writeFileSync(join(dir, 'junk.json'), '[{"type":"NOPE"}]');
    expect((await cli(['state', 'import', file, join(dir, 'junk.json'), '--home', home])).code).toBe(EXIT.badInput);

    // A live process holds the lock: the sync is refused with exit 3, naming it.
    writeFileSync(
      join(home, 'ci-cli', 'sync.lock'),
      JSON.stringify({ pid: process.pid, host: hostname(), startedAt: 'now' }),
    );
    const locked = await cli(['sync', file, '--home', home], setup.env);
    expect(locked.code).toBe(EXIT.locked);
    expect(locked.stderr).toMatch(new RegExp(`being synced by process ${process.pid}`));
  });

  it('captures a read and replays it with write', async () => {
    const capture = join(dir, 'capture.jsonl');
    const read = await cli(['read', file, '--output', capture], setup.env);
    expect(read.code).toBe(EXIT.ok);
    const lines = readFileSync(capture, 'utf8').trim().split('\n');
    const records = lines.filter((l) => l.startsWith('{"type":"RECORD"'));
    expect(records.length).toBe(
      setup.sandbox.world.truth().jenkins.builds.keys.length +
        setup.sandbox.world.truth().jenkins.jobs.keys.length +
        setup.sandbox.world.truth().jenkins.folders.keys.length,
    );
    const write = await cli(['write', file, capture, '--json', '--home', join(dir, 'home-write')], setup.env);
    expect(write.code).toBe(EXIT.ok);
    const figures = JSON.parse(write.stdout) as { streams: { stream: string; recordsWritten: number }[] };
    expect(figures.streams.reduce((n, s) => n + s.recordsWritten, 0)).toBe(records.length);
  });

  it('init writes a commented connection file that loads once its variables are set', async () => {
    const out = join(dir, 'init.yaml');
    const init = await cli(['init', 'jenkins', '--name', 'ci-init', '--output', out]);
    expect(init.code).toBe(EXIT.ok);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/# Jenkins URL: .*\(required\)\n {4}server_url: /);
    // Secrets are environment references, never values; optional fields stay commented out.
    expect(text).toMatch(/\n {6}# hasura_admin_secret: \$\{CI_INIT_HASURA_ADMIN_SECRET\}\n/);
    expect(text).toMatch(/\n {4}# token: \$\{CI_INIT_TOKEN\}\n/);
    expect((await cli(['init', 'jenkins', '--output', out])).code).toBe(EXIT.badInput); // exists
    const info = setup.sandbox.connectionInfo() as { jenkins: { url: string; user: string } };
    const filled = text
      .replace('https://ci.example.com/', info.jenkins.url)
      .replace('# user: ""', `user: ${info.jenkins.user}`)
      .replace('# token:', 'token:');
    writeFileSync(out, filled);
    const missing = await cli(['discover', out]);
    expect(missing.stderr).toMatch(
      /init\.yaml:\d+:\d+: source\.config\.token: environment variable CI_INIT_TOKEN is not set/,
    );
    const discover = await cli(['discover', out], { CI_INIT_TOKEN: setup.env.JENKINS_TOKEN as string });
    expect(discover.code).toBe(EXIT.ok);
    expect(discover.stdout).toMatch(/^builds: full_refresh, incremental cursor number/m);
  });

  it('syncs on a schedule without overlapping runs until stopped', async () => {
    const home = join(dir, 'home-every');
    const child = spawn(process.execPath, [bin, 'sync', file, '--every', '1s', '--home', home, '--json'], {
      env: { ...process.env, ...setup.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const threeRuns = new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
        if (stdout.split('\n').filter(Boolean).length >= 3) resolve();
      });
    });
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    await threeRuns;
    child.kill('SIGTERM');
    expect(await exited).toBe(EXIT.ok);
    const runs = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { status: string; startedAt: string; durationMs: number });
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const run of runs) expect(run.status).toBe('succeeded');
    // Each run started after the one before it ended.
    for (let i = 1; i < runs.length; i++) {
      const previous = runs[i - 1] as { startedAt: string; durationMs: number };
      expect(Date.parse((runs[i] as { startedAt: string }).startedAt)).toBeGreaterThanOrEqual(
        Date.parse(previous.startedAt) + previous.durationMs,
      );
    }
  });

  it('cancels a sync on SIGTERM: the source stops, the destination commits what it has, exit 5', async () => {
    const home = join(dir, 'home-cancel');
    await setup.sandbox.service('jenkins').setFaults({ profile: 'slow', latencyMs: 200 });
    try {
      const child = spawn(process.execPath, [bin, 'sync', file, '--home', home, '--json'], {
        env: { ...process.env, ...setup.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
      });
      child.stderr.resume();
      const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
      // Wait for the source's read to be running, then cancel.
      const pid = child.pid as number;
      const children = (): number[] => {
        try {
          return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
            .trim()
            .split(/\s+/)
            .filter(Boolean)
            .map(Number);
        } catch {
          return [];
        }
      };
      const reading = (): boolean =>
        children().some((c) => {
          try {
            return / read /.test(readFileSync(`/proc/${c}/cmdline`, 'utf8').replace(/\0/g, ' '));
          } catch {
            return false;
          }
        });
      while (!reading()) await new Promise((r) => setTimeout(r, 20));
      const connectors = children();
      child.kill('SIGTERM');
      expect(await exited).toBe(EXIT.cancelled);
      const summary = JSON.parse(stdout) as { status: string; error: string; attempts: unknown[] };
      expect(summary).toMatchObject({ status: 'failed', error: 'cancelled' });
      expect(summary.attempts).toHaveLength(1); // not retried
      // No connector outlives the harness.
      for (const c of connectors)
        expect(existsSync(`/proc/${c}`) && !readFileSync(`/proc/${c}/stat`, 'utf8').includes(') Z')).toBe(false);
    } finally {
      await setup.sandbox.service('jenkins').setFaults('none');
    }
  });
});
