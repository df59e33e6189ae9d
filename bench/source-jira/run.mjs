// Benchmark of @faros-ce/source-jira against the sandbox's Jira simulators: records/s and API
// requests per 1,000 issues for a full sync of `issues`, against a baseline measured in the same run
// (a bare search loop, see baseline.mjs), then an incremental sync after the world moved on.
// Usage: node bench/source-jira/run.mjs [--scale large] [--runs 3] [--seed 1] [--flavor cloud|data_center]
//        [--streams issues,issue_comments,...] (the streams the source reads; the baseline reads issues)
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
const flavor = arg('flavor', 'cloud');
const streams = arg('streams', 'issues').split(',');
const here = fileURLToPath(new URL('.', import.meta.url));
const sourceMain = join(here, '../../packages/source-jira/dist/main.js');

// Runs a program, counting RECORD lines per stream and keeping the last STATE per stream.
function runProgram(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = {};
    const states = new Map();
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      if (line.startsWith('{"type":"RECORD"')) {
        const stream = /"stream":"(\w+)"/.exec(line)?.[1];
        counts[stream] = (counts[stream] ?? 0) + 1;
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
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);

const serviceName = flavor === 'cloud' ? 'jira' : 'jiraDataCenter';
const sandbox = await startSandbox({ seed, scale, services: [serviceName] });
const dir = await mkdtemp(join(tmpdir(), 'bench-source-jira-'));
try {
  const info = sandbox.connectionInfo()[serviceName];
  const service = sandbox.service(serviceName);
  const truth = sandbox.world.truth().jira;
  const config = join(dir, 'config.json');
  const credentials =
    flavor === 'cloud' ? { email: info.email, api_token: info.token } : { personal_access_token: info.token };
  await writeFile(config, JSON.stringify({ domain: info.url, ...credentials }));
  const authorization =
    flavor === 'cloud'
      ? `Basic ${Buffer.from(`${info.email}:${info.token}`).toString('base64')}`
      : `Bearer ${info.token}`;
  const catalog = join(dir, 'catalog.json');
  const configured = (name) => ({
    stream: { name, json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
    sync_mode: name.includes('issue') ? 'incremental' : 'full_refresh',
    destination_sync_mode: name.includes('issue') ? 'append' : 'overwrite',
  });
  await writeFile(catalog, JSON.stringify({ streams: streams.map(configured) }));

  const results = { source: [], baseline: [] };
  let lastStates = [];
  const measure = async (kind) => {
    service.resetStats();
    const run =
      kind === 'source'
        ? await runProgram([sourceMain, 'read', '--config', config, '--catalog', catalog])
        : await runProgram([
            join(here, 'baseline.mjs'),
            info.url,
            flavor,
            authorization,
            truth.projects.keys.join(','),
          ]);
    const requests = service.stats().total;
    const issues =
      kind === 'source' ? (run.counts.issues ?? 0) : JSON.parse(run.stderr.trim().split('\n').at(-1)).issues;
    if (streams.includes('issues') || kind === 'baseline') {
      if (issues !== truth.issues.count)
        throw new Error(`${kind} read ${issues} issues; the world has ${truth.issues.count}`);
    }
    if (kind === 'source') lastStates = run.states;
    const records = kind === 'source' ? sum(run.counts) : issues;
    results[kind].push({ ms: run.ms, requests, records });
    process.stderr.write(`  ${kind.padEnd(8)} ${fmt(run.ms)} ms, ${requests} requests, ${fmt(records)} records\n`);
  };
  // Alternate so that a change in the machine's load hits both.
  for (let i = 0; i < runs; i++)
    for (const kind of i % 2 === 0 ? ['baseline', 'source'] : ['source', 'baseline']) await measure(kind);

  const issues = truth.issues.count;
  const summary = (kind) => {
    const ms = median(results[kind].map((r) => r.ms));
    const requests = median(results[kind].map((r) => r.requests));
    return { ms, requests, recordsPerS: results[kind][0].records / (ms / 1000), per1000: (requests / issues) * 1000 };
  };
  const s = summary('source');
  const b = summary('baseline');

  // Incremental: one hour of the world (transitions, new issues, a move), from the last states.
  const advance = sandbox.world.advance(1);
  const state = join(dir, 'state.json');
  await writeFile(state, JSON.stringify(lastStates));
  service.resetStats();
  const inc = await runProgram([sourceMain, 'read', '--config', config, '--catalog', catalog, '--state', state]);
  const incRequests = service.stats().total;
  const changed = (advance.jira?.issues?.created?.length ?? 0) + (advance.jira?.issues?.updated?.length ?? 0);

  console.log(
    `source-jira (${flavor}): ${scale} world (seed ${seed}), ${fmt(truth.projects.count)} projects, ${fmt(issues)} issues, ${fmt(truth.changelogs.count)} histories; streams ${streams.join(',')}; ${runs} runs each`,
  );
  console.log(`  node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  console.log(
    `  baseline  median ${fmt(b.ms)} ms  ${fmt(b.recordsPerS)} records/s  ${b.requests} requests (${b.per1000.toFixed(1)} per 1,000 issues)`,
  );
  console.log(
    `  source    median ${fmt(s.ms)} ms  ${fmt(s.recordsPerS)} records/s  ${s.requests} requests (${s.per1000.toFixed(1)} per 1,000 issues)`,
  );
  console.log(
    `  ratio source/baseline: time ${(s.ms / b.ms).toFixed(2)}x, requests ${(s.requests / b.requests).toFixed(2)}x`,
  );
  console.log(
    `  incremental after advance(1): ${changed} issues changed, ${inc.counts.issues ?? 0} issues emitted, ${incRequests} requests, ${fmt(inc.ms)} ms`,
  );
} finally {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
}
