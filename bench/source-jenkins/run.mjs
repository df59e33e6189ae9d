// Benchmark of @faros-ce/source-jenkins against the sandbox's Jenkins simulator: records/s and API
// requests per 1,000 builds for a full sync, against a baseline measured in the same run (the
// published source's one-nested-query strategy, see baseline.mjs), then an incremental sync after
// the world moved on. Usage: node bench/source-jenkins/run.mjs [--scale large] [--runs 3] [--seed 1]
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@faros-ce/sandbox';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const scale = arg('scale', 'large');
const runs = Number(arg('runs', 3));
const seed = Number(arg('seed', 1));
const here = fileURLToPath(new URL('.', import.meta.url));
const sourceMain = join(here, '../../packages/source-jenkins/dist/main.js');

// Runs a program, counting RECORD lines per stream and keeping the last STATE per stream.
function runProgram(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = { jobs: 0, builds: 0 };
    const states = new Map();
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      if (line.startsWith('{"type":"RECORD"')) {
        const stream = /"stream":"(\w+)"/.exec(line)?.[1];
        if (stream in counts) counts[stream]++;
      } else if (line.startsWith('{"type":"STATE"')) {
        const state = JSON.parse(line).state;
        states.set(state.stream.stream_descriptor.name, state);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ ms, counts, states: [...states.values()], stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const sandbox = await startSandbox({ seed, scale, services: ['jenkins'] });
const dir = await mkdtemp(join(tmpdir(), 'bench-source-jenkins-'));
try {
  const info = sandbox.connectionInfo().jenkins;
  const jenkins = sandbox.service('jenkins');
  const truth = sandbox.world.truth().jenkins;
  const depth = Math.max(...[...truth.jobs.keys, ...truth.folders.keys].map((k) => k.split('/').length));
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ server_url: info.url, user: info.user, token: info.token }));
  const stream = (name, sync_mode) => ({
    stream: { name, json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
    sync_mode,
    destination_sync_mode: sync_mode === 'incremental' ? 'append' : 'overwrite',
  });
  const catalog = join(dir, 'catalog.json');
  await writeFile(
    catalog,
    JSON.stringify({ streams: [stream('jobs', 'full_refresh'), stream('builds', 'incremental')] }),
  );

  const results = { source: [], baseline: [] };
  let lastStates = [];
  const measure = async (kind) => {
    jenkins.resetStats();
    const run =
      kind === 'source'
        ? await runProgram([sourceMain, 'read', '--config', config, '--catalog', catalog])
        : await runProgram([join(here, 'baseline.mjs'), info.url, info.user, info.token, String(depth)]);
    const requests = jenkins.stats().total;
    if (run.counts.builds !== truth.builds.count) {
      throw new Error(`${kind} read ${run.counts.builds} builds; the world has ${truth.builds.count}`);
    }
    if (kind === 'source') lastStates = run.states;
    const extra = kind === 'baseline' ? JSON.parse(run.stderr.trim().split('\n').at(-1)) : {};
    results[kind].push({ ms: run.ms, requests, records: run.counts.jobs + run.counts.builds, ...extra });
    process.stderr.write(`  ${kind.padEnd(8)} ${fmt(run.ms)} ms, ${requests} requests, ${run.counts.builds} builds\n`);
  };
  // Alternate so that a change in the machine's load hits both.
  for (let i = 0; i < runs; i++)
    for (const kind of i % 2 === 0 ? ['baseline', 'source'] : ['source', 'baseline']) await measure(kind);

  const builds = truth.builds.count;
  const summary = (kind) => {
    const ms = median(results[kind].map((r) => r.ms));
    const requests = median(results[kind].map((r) => r.requests));
    return { ms, requests, recordsPerS: results[kind][0].records / (ms / 1000), per1000: (requests / builds) * 1000 };
  };
  const s = summary('source');
  const b = summary('baseline');

  // Incremental: one step of the world (running builds finish, new ones start), from the last state.
  const advance = sandbox.world.advance(1);
  const state = join(dir, 'state.json');
  await writeFile(state, JSON.stringify(lastStates));
  jenkins.resetStats();
  const inc = await runProgram([sourceMain, 'read', '--config', config, '--catalog', catalog, '--state', state]);
  const incRequests = jenkins.stats().total;
  const created = advance.jenkins?.builds?.created?.length ?? 0;

  console.log(
    `source-jenkins: ${scale} world (seed ${seed}), ${fmt(truth.jobs.count)} jobs, ${fmt(truth.folders.count)} folders, ${fmt(builds)} builds, ${runs} runs each`,
  );
  console.log(`  node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  console.log(
    `  baseline  median ${fmt(b.ms)} ms  ${fmt(b.recordsPerS)} records/s  ${b.requests} requests (${b.per1000.toFixed(2)} per 1,000 builds), largest response ${fmt(results.baseline[0].largestResponseBytes / 1024)} KiB`,
  );
  console.log(
    `  source    median ${fmt(s.ms)} ms  ${fmt(s.recordsPerS)} records/s  ${s.requests} requests (${s.per1000.toFixed(1)} per 1,000 builds)`,
  );
  console.log(
    `  ratio source/baseline: time ${(s.ms / b.ms).toFixed(2)}x, requests ${(s.requests / b.requests).toFixed(2)}x`,
  );
  console.log(
    `  incremental after advance(1): ${created} new builds, ${inc.counts.builds} builds emitted, ${incRequests} requests, ${fmt(inc.ms)} ms`,
  );
} finally {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
}
