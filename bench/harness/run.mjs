// Benchmark of the harness's overhead: a Jenkins sandbox sync into the sandbox's Faros CE through
// `airbyte-harness sync`, against the same source piped straight into the same destination by the
// shell (sed adds the stream prefix the destination routes by), alternating, in one run.
// Usage: node bench/harness/run.mjs [--scale large] [--runs 3] [--seed 1] [--check]
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@faros-ce/sandbox';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const scale = arg('scale', 'large');
const runs = Number(arg('runs', 3));
const seed = Number(arg('seed', 1));
const check = process.argv.includes('--check');
const TARGET = 1.1;
const here = fileURLToPath(new URL('.', import.meta.url));
const packages = join(here, '../../packages');
const harness = join(packages, 'harness/dist/cli.js');
const source = join(packages, 'source-jenkins/dist/main.js');
const destination = join(packages, 'faros-destination/dist/main.js');

function run(command, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ ms, stdout });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const sandbox = await startSandbox({ seed, scale, services: ['jenkins', 'farosCe'] });
const dir = await mkdtemp(join(tmpdir(), 'bench-harness-'));
try {
  const { jenkins, farosCe } = sandbox.connectionInfo();
  const sourceConfig = { server_url: jenkins.url, user: jenkins.user, token: jenkins.token };
  const destinationConfig = {
    edition_configs: { edition: 'community', hasura_url: farosCe.url, hasura_admin_secret: farosCe.adminSecret },
  };
  const prefix = 'bench__jenkins__';
  const connection = join(dir, 'bench.json');
  await writeFile(
    connection,
    JSON.stringify({
      name: 'bench',
      source: { connector: 'jenkins', config: sourceConfig },
      destination: { connector: 'faros', config: destinationConfig },
    }),
  );
  // The catalogs the harness builds from discover: jobs full refresh + overwrite, builds incremental + append.
  const configured = (name, mode) => ({
    stream: {
      name,
      json_schema: {},
      supported_sync_modes: mode === 'incremental' ? ['full_refresh', 'incremental'] : ['full_refresh'],
    },
    sync_mode: mode,
    destination_sync_mode: mode === 'incremental' ? 'append' : 'overwrite',
    ...(mode === 'incremental' ? { cursor_field: ['number'] } : {}),
  });
  const files = {
    sourceConfig: join(dir, 'source.json'),
    sourceCatalog: join(dir, 'source-catalog.json'),
    destinationConfig: join(dir, 'destination.json'),
    destinationCatalog: join(dir, 'destination-catalog.json'),
  };
  await writeFile(files.sourceConfig, JSON.stringify(sourceConfig));
  await writeFile(files.destinationConfig, JSON.stringify(destinationConfig));
  const streams = [configured('jobs', 'full_refresh'), configured('builds', 'incremental')];
  await writeFile(files.sourceCatalog, JSON.stringify({ streams }));
  await writeFile(
    files.destinationCatalog,
    JSON.stringify({ streams: streams.map((s) => ({ ...s, stream: { ...s.stream, name: prefix + s.stream.name } })) }),
  );
  const q = (p) => `'${p}'`;
  const shell = [
    `${q(process.execPath)} ${q(source)} read --config ${q(files.sourceConfig)} --catalog ${q(files.sourceCatalog)}`,
    `sed -e 's/"stream":"\\(jobs\\|builds\\)"/"stream":"${prefix}\\1"/' -e 's/"stream_descriptor":{"name":"\\(jobs\\|builds\\)"/"stream_descriptor":{"name":"${prefix}\\1"/'`,
    `${q(process.execPath)} ${q(destination)} write --config ${q(files.destinationConfig)} --catalog ${q(files.destinationCatalog)} > /dev/null`,
  ].join(' | ');

  const home = join(dir, 'home');
  const results = { harness: [], shell: [] };
  let records = 0;
  const measure = async (kind, timed = true) => {
    let result;
    if (kind === 'shell') result = await run('bash', ['-o', 'pipefail', '-c', shell]);
    else {
      // No state: every harness run is a first sync, as every shell run is. The folder (and its
      // cache of the connectors' specs) stays, as it does for a user's repeated syncs.
      await rm(join(home, 'bench', 'state.json'), { force: true });
      result = await run(process.execPath, [harness, 'sync', connection, '--home', home, '--json']);
      const summary = JSON.parse(result.stdout);
      if (summary.status !== 'succeeded') throw new Error(`harness sync failed: ${summary.error}`);
      records = summary.streams.reduce((n, s) => n + s.recordsWritten, 0);
    }
    if (!timed) return;
    results[kind].push(result.ms);
    process.stderr.write(`  ${kind.padEnd(8)} ${fmt(result.ms)} ms\n`);
  };
  // One untimed sync first: afterwards both pipelines upsert rows that exist, the same work each time.
  await measure('harness', false);
  for (let i = 0; i < runs; i++)
    for (const kind of i % 2 === 0 ? ['shell', 'harness'] : ['harness', 'shell']) await measure(kind);

  const truth = sandbox.world.truth().jenkins;
  const h = median(results.harness);
  const s = median(results.shell);
  const ratio = h / s;
  console.log(
    `harness: ${scale} world (seed ${seed}), ${fmt(truth.jobs.count)} jobs and ${fmt(truth.builds.count)} builds into Faros CE, ${runs} runs each`,
  );
  console.log(`  node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  console.log(`  shell     median ${fmt(s)} ms  ${fmt(records / (s / 1000))} records/s`);
  console.log(`  harness   median ${fmt(h)} ms  ${fmt(records / (h / 1000))} records/s`);
  console.log(`  ratio harness/shell ${ratio.toFixed(2)}x (target at most ${TARGET}x)`);
  if (check && ratio > TARGET) process.exitCode = 1;
} finally {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
}
