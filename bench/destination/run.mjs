#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noUndeclaredEnvVars: the benchmark runs outside turbo; BENCH_* only tune it.
// The Faros destination's throughput: records/s of a dry run (convert, route, merge; no writes) over
// GitHub pull request and commit records of about 7 KB, as a ratio to a plain readline + JSON.parse loop
// over the same file, and rows/s of a real write into the local Faros CE (PGlite). See bench/README.md.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const { values: flags } = parseArgs({
  options: {
    records: { type: 'string', default: process.env.BENCH_RECORDS ?? '100000' },
    'write-records': { type: 'string', default: process.env.BENCH_WRITE_RECORDS ?? '20000' },
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '1' },
  },
});
const records = Number(flags.records);
const writeRecords = Number(flags['write-records']);
const runs = Number(flags.runs);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dataDir = here('./data/');
mkdirSync(dataDir, { recursive: true });
const bin = here('../../packages/faros-destination/bin/faros-destination.js');

async function input(count) {
  const path = `${dataDir}github-${count}.jsonl`;
  if (!existsSync(path)) {
    process.stderr.write(`generating ${count.toLocaleString()} records into ${path}\n`);
    await generate(path, count);
  }
  return path;
}

// Runs a child with the file on stdin; resolves to [ms, stdout].
function timed(args, file) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk.length < 100_000 ? chunk : '';
      if (out.length > 50_000_000) out = out.slice(-1_000_000);
    });
    createReadStream(file).pipe(child.stdin);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${out.slice(-2000)}`));
      else resolve([ms, out]);
    });
  });
}

function files(config, prefix = 'bench') {
  const streams = ['pull_requests', 'commits'].map((s) => ({
    stream: { name: `${prefix}__github__${s}`, json_schema: {}, supported_sync_modes: ['incremental'] },
    sync_mode: 'incremental',
    destination_sync_mode: 'append',
  }));
  const configPath = `${dataDir}config.json`;
  const catalogPath = `${dataDir}catalog.json`;
  writeFileSync(configPath, JSON.stringify(config));
  writeFileSync(catalogPath, JSON.stringify({ streams }));
  return ['write', '--config', configPath, '--catalog', catalogPath];
}

function upserted(stdout) {
  let rows = 0;
  for (const line of stdout.split('\n')) {
    const match = /"message":" {2}model \w+: (\d+) (?:would be )?upserted, (\d+) referenced/.exec(line);
    if (match) rows += Number(match[1]) + Number(match[2]);
  }
  return rows;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const file = await input(records);
const mib = statSync(file).size / 2 ** 20;
const dryArgs = [
  bin,
  ...files({ edition_configs: { edition: 'community', hasura_url: 'http://127.0.0.1:9' }, dry_run: true }),
];
const times = { baseline: [], dry: [] };
for (let run = 0; run < runs; run++) {
  for (const name of run % 2 === 0 ? ['baseline', 'dry'] : ['dry', 'baseline']) {
    const [ms, out] =
      name === 'baseline' ? await timed([here('./baseline.mjs'), file], '/dev/null') : await timed(dryArgs, file);
    if (name === 'baseline' && Number(out) !== records) throw new Error(`baseline counted ${out.trim()} records`);
    times[name].push(ms);
    process.stderr.write(`  run ${run + 1} ${name.padEnd(8)} ${fmt(ms)} ms\n`);
  }
}

// The write: a fresh local Faros CE on PGlite in this process, the destination as a child writing to it.
const { startFarosCe } = await import(here('../../packages/sandbox/dist/index.js'));
const writeFile = await input(writeRecords);
const ce = await startFarosCe({ adminSecret: 'bench' });
let writeMs;
let rows;
try {
  const args = [
    bin,
    ...files({ edition_configs: { edition: 'community', hasura_url: ce.url, hasura_admin_secret: 'bench' } }),
  ];
  const [ms, out] = await timed(args, writeFile);
  writeMs = ms;
  rows = upserted(out);
} finally {
  await ce.close();
}

const [b, d] = [median(times.baseline), median(times.dry)];
console.log(
  `destination: ${fmt(records)} GitHub pull request and commit records (${fmt(mib)} MiB), ${runs} run(s) each`,
);
console.log(`  node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log(
  `  baseline (readline + JSON.parse)  ${fmt(b)} ms  ${fmt((records * 1000) / b)} records/s  ${fmt((mib * 1000) / b)} MiB/s`,
);
console.log(
  `  dry run                           ${fmt(d)} ms  ${fmt((records * 1000) / d)} records/s  ${fmt((mib * 1000) / d)} MiB/s`,
);
console.log(`  ratio dry run/baseline ${(d / b).toFixed(2)}x time`);
console.log(
  `  write into local Faros CE (PGlite): ${fmt(writeRecords)} records, ${fmt(rows)} rows in ${fmt(writeMs)} ms: ${fmt((rows * 1000) / writeMs)} rows/s, ${fmt((writeRecords * 1000) / writeMs)} records/s`,
);
