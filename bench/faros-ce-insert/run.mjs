#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noUndeclaredEnvVars: the benchmark runs outside turbo; BENCH_* only tune it.
// Rows/s of vcs_PullRequest upserts into the local Faros CE's PGlite: through the GraphQL endpoint
// (insert_vcs_PullRequest, one mutation per batch) against a plain multi-row INSERT ... ON CONFLICT
// through the same PGlite database, alternating in one process. See bench/README.md.
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { loadSandbox } from './loadSandbox.mjs';
import { COLUMNS, directUpsert, endpointBody, PARENTS_SQL, pullRequests } from './pullRequests.mjs';

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: process.env.BENCH_ROWS ?? '20000' },
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' },
    batch: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
  },
});
const rows = Number(flags.rows);
const runs = Number(flags.runs);
const batchSize = Number(flags.batch);
const seed = Number(flags.seed);

const { openFarosCeDatabase, createGraphqlEngine, source } = await loadSandbox();
const db = await openFarosCeDatabase();
await db.exec(PARENTS_SQL);
const engine = await createGraphqlEngine(db);

function batches(list) {
  const out = [];
  for (let i = 0; i < list.length; i += batchSize) out.push(list.slice(i, i + batchSize));
  return out;
}

/** Per pass (0: new rows, 1: the same rows changed), the prepared input of each pipeline. */
const passes = [0, 1].map((pass) => {
  const refreshedAt = new Date(Date.UTC(2026, 0, 1 + pass)).toISOString();
  const groups = batches(pullRequests(rows, seed, pass, refreshedAt));
  return {
    direct: groups.map(directUpsert),
    endpoint: groups.map((group) => ({ body: endpointBody(group), count: group.length })),
  };
});

const pipelines = {
  async direct(inputs) {
    for (const { sql, params } of inputs) {
      const { affectedRows } = await db.query(sql, params);
      if (affectedRows !== params.length / COLUMNS.length) throw new Error(`direct: ${affectedRows} rows written`);
    }
  },
  async endpoint(inputs) {
    for (const { body, count } of inputs) {
      // What the HTTP handler does around the engine: parse the body, serialise the answer.
      const response = await engine.execute(JSON.parse(body));
      const text = JSON.stringify(response);
      if (response.errors) throw new Error(`endpoint: ${text}`);
      const written = response.data.insert_vcs_PullRequest.affected_rows;
      if (written !== count) throw new Error(`endpoint: ${written} rows written, expected ${count}`);
    }
  },
};

async function checksum() {
  const {
    rows: [row],
  } = await db.query(
    `SELECT count(*) AS count, md5(string_agg(t::text, E'\\n' ORDER BY t.id)) AS md5 FROM "vcs_PullRequest" t`,
  );
  return `${row.count} rows, md5 ${row.md5}`;
}

/** Empties the table, then times pass 0 (inserts) and pass 1 (updates of the same rows). */
async function runOnce(name, limit) {
  await db.exec('TRUNCATE "vcs_PullRequest" CASCADE');
  const times = [];
  const sums = [];
  for (const pass of passes) {
    const inputs = pass[name].slice(0, limit);
    const start = process.hrtime.bigint();
    await pipelines[name](inputs);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    sums.push(await checksum());
  }
  return { times, sums };
}

// Warm-up: a few batches of each, untimed, then check both pipelines wrote identical tables.
const warm = { direct: await runOnce('direct', 3), endpoint: await runOnce('endpoint', 3) };
if (warm.direct.sums.join() !== warm.endpoint.sums.join()) {
  throw new Error(`pipelines disagree: ${warm.direct.sums} vs ${warm.endpoint.sums}`);
}

const results = { direct: [], endpoint: [] };
for (let run = 0; run < runs; run++) {
  const order = run % 2 === 0 ? ['direct', 'endpoint'] : ['endpoint', 'direct'];
  const sums = {};
  for (const name of order) {
    const { times, sums: s } = await runOnce(name);
    results[name].push(times);
    sums[name] = s;
    process.stderr.write(
      `  run ${run + 1} ${name.padEnd(8)} insert ${times[0].toFixed(0)} ms, upsert ${times[1].toFixed(0)} ms\n`,
    );
  }
  if (sums.direct.join() !== sums.endpoint.join()) {
    throw new Error(`pipelines disagree: ${sums.direct} vs ${sums.endpoint}`);
  }
}
await db.close();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rate = (ms) => Math.round((rows / ms) * 1000).toLocaleString('en-US');
console.log(
  `faros-ce-insert: ${rows.toLocaleString('en-US')} pull requests in ${batchSize}-object batches, ` +
    `${runs} runs each, PGlite in memory (sandbox from ${source})`,
);
console.log(`  node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB`);
for (const [index, label] of ['insert (new rows)', 'upsert (same rows)'].entries()) {
  const direct = median(results.direct.map((times) => times[index]));
  const endpoint = median(results.endpoint.map((times) => times[index]));
  console.log(
    `  ${label.padEnd(19)} direct ${rate(direct).padStart(7)} rows/s   endpoint ${rate(endpoint).padStart(7)} rows/s` +
      `   ratio endpoint/direct ${(endpoint / direct).toFixed(2)}x time`,
  );
}
