// biome-ignore-all lint/suspicious/noUndeclaredEnvVars: the benchmark runs outside turbo; BENCH_* only tune it.
// Benchmark: the SDK's read → parse → validate → write path against plain Node doing the same.
// Usage: node bench/sdk-io/run.mjs [--records 1000000] [--runs 3] [--sink null|file] [--check]
// Needs the built package: npm run build --workspace @faros-ce/sdk (npm run bench:sdk-io does both).
import { execFile } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { dataFileFor, ensureDataFile } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, 'data');
const TARGET_RATIO = 1.3;

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: process.env.BENCH_RECORDS ?? '1000000' },
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' },
    sink: { type: 'string', default: process.env.BENCH_SINK ?? 'null' },
    seed: { type: 'string', default: '42' },
    check: { type: 'boolean', default: false },
  },
});
const records = Number(args.records);
const runs = Number(args.runs);
if (!Number.isInteger(records) || records < 1 || !Number.isInteger(runs) || runs < 1) {
  throw new Error('--records and --runs must be positive integers');
}
if (args.sink !== 'null' && args.sink !== 'file') throw new Error('--sink must be null or file');
if (!existsSync(join(here, '../../packages/sdk/dist/index.js'))) {
  throw new Error('packages/sdk/dist is missing: run `npm run build --workspace @faros-ce/sdk` first');
}

const file = dataFileFor(dataDir, records);
console.error(`data: ${file}`);
const started = Date.now();
const bytes = await ensureDataFile(file, records, Number(args.seed));
console.error(
  `  ${(bytes / 1024 ** 2).toFixed(0)} MiB, ${(bytes / records).toFixed(0)} bytes a record (${Date.now() - started} ms)`,
);

// Read once so the first measured run does not pay for a cold page cache.
for await (const _ of createReadStream(file, { highWaterMark: 1024 * 1024 }));

const sinkFor = (which) => (args.sink === 'null' ? '/dev/null' : join(dataDir, `out-${which}.jsonl`));
const run = promisify(execFile);

async function measure(which) {
  const { stdout } = await run(process.execPath, [join(here, 'worker.mjs'), which, file, sinkFor(which)], {
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout);
  if (result.records !== records) throw new Error(`${which} saw ${result.records} records, expected ${records}`);
  if (args.sink === 'file') {
    // Both pipelines write back exactly what they read, so the output must match the input's size.
    const written = (await stat(sinkFor(which))).size;
    if (written !== bytes) throw new Error(`${which} wrote ${written} bytes, expected ${bytes}`);
  }
  console.error(`  ${which.padEnd(8)} ${result.ms.toFixed(0).padStart(7)} ms  (max RSS ${result.maxRssMiB} MiB)`);
  return result.ms;
}

// Alternate which pipeline goes first in each pair, so drift in the machine's load hits both.
const times = { baseline: [], sdk: [] };
for (let i = 0; i < runs; i++) {
  const order = i % 2 === 0 ? ['baseline', 'sdk'] : ['sdk', 'baseline'];
  for (const which of order) times[which].push(await measure(which));
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const baseline = median(times.baseline);
const sdk = median(times.sdk);
const ratio = sdk / baseline;
const rate = (ms) => Math.round(records / (ms / 1000)).toLocaleString('en-US');
const mibPerSecond = (ms) => (bytes / 1024 ** 2 / (ms / 1000)).toFixed(0);

console.log(`sdk-io: ${records.toLocaleString('en-US')} records, ${runs} runs each, sink ${sinkFor('sdk')}`);
console.log(
  `  node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB`,
);
console.log(
  `  baseline  median ${baseline.toFixed(0)} ms  ${rate(baseline)} records/s  ${mibPerSecond(baseline)} MiB/s`,
);
console.log(`  sdk       median ${sdk.toFixed(0)} ms  ${rate(sdk)} records/s  ${mibPerSecond(sdk)} MiB/s`);
console.log(`  ratio sdk/baseline ${ratio.toFixed(2)}x (target at most ${TARGET_RATIO}x)`);
if (args.check && ratio > TARGET_RATIO) process.exitCode = 1;
