import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { farosCeRows } from './faros-ce-rows.js';
import { startJenkinsToFaros } from './sandbox-connection.js';

const bin = fileURLToPath(new URL('../bin/airbyte-harness.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)));
const KILLS = 24;
const SEED = 9;

type Victim = 'harness' | 'source' | 'destination';

/** Pids of a process's children (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

const alive = (pid: number): boolean =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z');

async function waitGone(pids: readonly number[]): Promise<void> {
  while (pids.some(alive)) await new Promise((r) => setTimeout(r, 20));
}

function sync(
  file: string,
  home: string,
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<number | null>; stdout: () => string } {
  const child = spawn(process.execPath, [bin, 'sync', file, '--home', home, '--max-attempts', '1', '--json'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr?.resume();
  const done = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, done, stdout: () => stdout };
}

describe.skipIf(!built)('SIGKILL at random points of a sync, then a rerun', () => {
  if (!built) console.warn('harness not built (npm run build): the kill test runs the built CLI');
  const sandboxes: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const s of sandboxes) await s.close();
  });

  it(`leaves Faros CE as an uninterrupted sync does, after ${KILLS} kills of the harness, source or destination`, async () => {
    // Small batches: the destination commits (and echoes states) often, so kills fall between commits.
    const baseline = await startJenkinsToFaros('kill-test', SEED, { batch_size: 40 });
    const killed = await startJenkinsToFaros('kill-test', SEED, { batch_size: 40 });
    sandboxes.push(baseline.sandbox, killed.sandbox);
    const dir = mkdtempSync(join(tmpdir(), 'harness-kill-'));
    const baselineFile = join(dir, 'baseline.yaml');
    const killedFile = join(dir, 'killed.yaml');
    writeFileSync(baselineFile, baseline.text);
    writeFileSync(killedFile, killed.text);

    // Slower services stretch the syncs (same data): more instants to kill at. The baseline runs as slowly,
    // so kill instants drawn from its duration spread over the whole of an interrupted sync, not its start.
    const slow = async (sandbox: typeof baseline.sandbox): Promise<void> => {
      await sandbox.service('jenkins').setFaults({ profile: 'slow', latencyMs: 30 });
      await sandbox.service('farosCe').setFaults({ profile: 'slow', latencyMs: 30 });
    };
    await slow(baseline.sandbox);
    const started = Date.now();
    const clean = sync(baselineFile, join(dir, 'home-baseline'), baseline.env);
    expect(await clean.done).toBe(0);
    const fullMs = Date.now() - started;
    await baseline.sandbox.service('jenkins').setFaults('none');
    await baseline.sandbox.service('farosCe').setFaults('none');

    await slow(killed.sandbox);
    const random = seededRandom(SEED);
    const home = join(dir, 'home-killed');
    const victims: Record<Victim, number> = { harness: 0, source: 0, destination: 0 };
    const hits = (): number => victims.harness + victims.source + victims.destination;
    for (let round = 0; round < KILLS * 4 && hits() < KILLS; round++) {
      const victim = (['harness', 'source', 'destination'] as const)[Math.floor(random() * 3)] as Victim;
      const run = sync(killedFile, home, killed.env);
      const harnessPid = run.child.pid as number;
      const pattern =
        victim === 'source'
          ? /source-jenkins.* read /
          : victim === 'destination'
            ? /faros-destination.* write /
            : undefined;
      let target: number | undefined = pattern ? undefined : harnessPid;
      let finished = false;
      run.done.then(() => {
        finished = true;
      });
      // A connector is killed at a random instant of its life, the harness at one of the whole run's.
      while (target === undefined && !finished) {
        target = childrenOf(harnessPid).find((pid) => pattern?.test(commandLine(pid)));
        if (target === undefined) await new Promise((r) => setTimeout(r, 5));
      }
      const delay = Math.floor(random() * (pattern ? fullMs / 2 : fullMs));
      await Promise.race([new Promise((r) => setTimeout(r, delay)), run.done]);
      const children = childrenOf(harnessPid);
      if (!finished && target !== undefined && alive(target)) {
        process.kill(target, 'SIGKILL');
        victims[victim]++;
      }
      await run.done;
      await waitGone(children); // orphans finish (the destination commits what it has) before the rerun
    }
    await killed.sandbox.service('jenkins').setFaults('none');
    await killed.sandbox.service('farosCe').setFaults('none');
    expect(hits()).toBeGreaterThanOrEqual(20);
    for (const count of Object.values(victims)) expect(count).toBeGreaterThan(0);

    const rerun = sync(killedFile, home, killed.env);
    expect(await rerun.done).toBe(0);
    // The rerun resumed from committed state: it read far fewer builds than a first sync.
    const summary = JSON.parse(rerun.stdout()) as { streams: { stream: string; recordsRead: number }[] };
    const total = baseline.sandbox.world.truth().jenkins.builds.keys.length;
    expect(summary.streams.find((s) => s.stream === 'builds')?.recordsRead).toBeLessThan(total / 2);
    console.log(`kills: ${JSON.stringify(victims)}`);

    // The Jenkins URL is part of row ids; the two sandboxes differ only in its port.
    const host = (s: typeof baseline.sandbox): Record<string, string> => ({
      [new URL(s.service('jenkins').url).host]: 'jenkins-host',
    });
    const expected = await farosCeRows(
      baseline.sandbox.farosCe.url,
      baseline.sandbox.farosCe.adminSecret,
      host(baseline.sandbox),
    );
    const actual = await farosCeRows(
      killed.sandbox.farosCe.url,
      killed.sandbox.farosCe.adminSecret,
      host(killed.sandbox),
    );
    expect(expected.get('cicd_Build')?.length).toBe(baseline.sandbox.world.truth().jenkins.builds.keys.length);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [table, rows] of expected) expect(actual.get(table), table).toEqual(rows);
  });
});
