// biome-ignore-all lint/suspicious/noUndeclaredEnvVars: the benchmark runs outside turbo; BENCH_* only tune it.
// Benchmark of @faros-ce/source-github against the sandbox's GitHub simulator: records/s and API calls
// per 1,000 pull requests for a full sync of pull_requests, pull_request_stats, pull_request_commits and
// reviews, against a baseline measured in the same run (REST per pull request, see baseline.mjs).
// Usage: node bench/source-github/run.mjs [--scale large] [--seed 1] [--baseline-prs 2000] [--check]
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@faros-ce/sandbox';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : (process.env[`BENCH_${name.toUpperCase().replace('-', '_')}`] ?? fallback);
};
const scale = arg('scale', 'large');
const seed = Number(arg('seed', 1));
const baselinePrs = Number(arg('baseline-prs', 2000));
const TARGET_CALLS_PER_1000 = 60;
const STREAMS = ['pull_requests', 'pull_request_stats', 'pull_request_commits', 'reviews'];
const here = fileURLToPath(new URL('.', import.meta.url));
const sourceMain = join(here, '../../packages/source-github/dist/main.js');

// Runs a program, counting RECORD lines per stream.
function runProgram(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = {};
    let last = '';
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      if (line.startsWith('{"type":"RECORD"')) {
        const stream = /"stream":"(\w+)"/.exec(line)?.[1];
        counts[stream] = (counts[stream] ?? 0) + 1;
      } else last = line;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, counts, last });
    });
  });
}

console.error(`starting the sandbox (${scale} world, seed ${seed})...`);
const sandbox = await startSandbox({ seed, scale, services: ['github'] });
const dir = await mkdtemp(join(tmpdir(), 'bench-source-github-'));
try {
  const { url, token } = sandbox.connectionInfo().github;
  const truth = sandbox.world.truth().github;
  const config = {
    credentials: { option_title: 'PAT Credentials', personal_access_token: token },
    repositories: truth.organizations.keys.map((org) => `${org}/*`),
    api_url: url,
    page_size: 100,
    concurrency: 4,
  };
  const stream = (name) => ({
    stream: { name, json_schema: {}, supported_sync_modes: ['full_refresh'] },
    sync_mode: 'full_refresh',
    destination_sync_mode: 'overwrite',
  });
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  await writeFile(join(dir, 'catalog.json'), JSON.stringify({ streams: STREAMS.map(stream) }));
  const github = sandbox.service('github');

  github.resetStats();
  const baseline = await runProgram([
    join(here, 'baseline.mjs'),
    url,
    token,
    truth.repositories.keys.join(','),
    String(baselinePrs),
  ]);
  const baselineCalls = github.stats().total;
  const { records: baselineRecords, pulls: baselinePulls } = JSON.parse(baseline.last);

  github.resetStats();
  const ours = await runProgram([
    sourceMain,
    'read',
    '--config',
    join(dir, 'config.json'),
    '--catalog',
    join(dir, 'catalog.json'),
  ]);
  const ourCalls = github.stats().total;
  const pulls = ours.counts.pull_requests ?? 0;
  const ourRecords = Object.values(ours.counts).reduce((a, b) => a + b, 0);
  if (pulls !== truth.pullRequests.count)
    throw new Error(`read ${pulls} pull requests, the world has ${truth.pullRequests.count}`);

  const per1000 = (calls, prs) => (calls / prs) * 1000;
  const rate = (n, ms) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
  const ourPer1000 = per1000(ourCalls, pulls);
  const basePer1000 = per1000(baselineCalls, baselinePulls);
  console.log(`source-github: ${scale} world (seed ${seed}), ${pulls.toLocaleString('en-US')} pull requests`);
  console.log(`  node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 1024 ** 3)} GiB`);
  console.log(
    `  baseline  ${baselinePulls} PRs: ${baselineCalls} calls, ${basePer1000.toFixed(0)} calls/1,000 PRs, ${rate(baselineRecords, baseline.ms)} records/s`,
  );
  console.log(
    `  source    ${pulls} PRs: ${ourCalls} calls, ${ourPer1000.toFixed(1)} calls/1,000 PRs, ${rate(ourRecords, ours.ms)} records/s (${ourRecords.toLocaleString('en-US')} records in ${(ours.ms / 1000).toFixed(1)} s)`,
  );
  console.log(`  records: ${STREAMS.map((s) => `${s} ${ours.counts[s] ?? 0}`).join(', ')}`);
  console.log(
    `  ratio calls source/baseline ${(ourPer1000 / basePer1000).toFixed(3)}x; target at most ${TARGET_CALLS_PER_1000} calls/1,000 PRs`,
  );
  if (process.argv.includes('--check') && ourPer1000 > TARGET_CALLS_PER_1000) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
  await sandbox.close();
}
