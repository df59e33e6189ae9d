#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noUndeclaredEnvVars: the benchmark runs outside turbo; BENCH_* only tune it.
// Rows/s of vcs_PullRequest upserts into the local Faros CE's PGlite: through its GraphQL endpoint
// (insert_vcs_PullRequest, one mutation per batch, over HTTP and as a direct engine call) against a
// plain multi-row INSERT ... ON CONFLICT through the same PGlite database, in turns in one process.
// See bench/README.md.
import { Agent, request as httpRequest } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { loadSandbox } from './load-sandbox.mjs';
import { COLUMNS, directUpsert, endpointBody, PARENTS_SQL, pullRequests } from './pull-requests.mjs';

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

const { openFarosCeDatabase, createGraphqlEngine, startFarosCe, source } = await loadSandbox();
const db = await openFarosCeDatabase();
await db.exec(PARENTS_SQL);
const engine = await createGraphqlEngine(db);
const server = await startFarosCe({ db, adminSecret: 'bench' });
const graphqlUrl = `${server.url}/v1/graphql`;
const PIPELINES = ['direct', 'engine', 'http'];

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
    engine: groups.map((group) => ({ body: endpointBody(group), count: group.length })),
  };
});

function checkWritten(name, response, text, count) {
  if (response.errors) throw new Error(`${name}: ${text}`);
  const written = response.data.insert_vcs_PullRequest.affected_rows;
  if (written !== count) throw new Error(`${name}: ${written} rows written, expected ${count}`);
}

const pipelines = {
  async direct(pass) {
    for (const { sql, params } of pass.direct) {
      const { affectedRows } = await db.query(sql, params);
      if (affectedRows !== params.length / COLUMNS.length) {
        throw new Error(`direct: ${affectedRows} rows written`);
      }
    }
  },
  async engine(pass) {
    for (const { body, count } of pass.engine) {
      // What the HTTP handler does around the engine: parse the body, serialise the answer.
      const response = await engine.execute(JSON.parse(body));
      checkWritten('engine', response, JSON.stringify(response), count);
    }
  },
  async http(pass) {
    // A fresh keep-alive agent per run: PGlite blocks the event loop while it writes, so a socket the
    // server closed as idle between runs can look alive to a pooled client.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const { body, count } of pass.engine) {
        const text = await post(agent, body);
        checkWritten('http', JSON.parse(text), text, count);
      }
    } finally {
      agent.destroy();
    }
  },
};

/** POSTs a GraphQL body to the server, as a client keeping its connection open would. */
function post(agent, body) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      graphqlUrl,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-hasura-admin-secret': 'bench',
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

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
    const inputs = { direct: pass.direct.slice(0, limit), engine: pass.engine.slice(0, limit) };
    const start = process.hrtime.bigint();
    await pipelines[name](inputs);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    sums.push(await checksum());
  }
  return { times, sums };
}

// Warm-up: a few batches of each, untimed, then check that all pipelines wrote identical tables.
const warm = [];
for (const name of PIPELINES) warm.push((await runOnce(name, 3)).sums.join());
if (new Set(warm).size !== 1) throw new Error(`pipelines disagree: ${warm.join(' / ')}`);

const results = Object.fromEntries(PIPELINES.map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  const order = PIPELINES.map((_, i) => PIPELINES[(i + run) % PIPELINES.length]);
  const sums = [];
  for (const name of order) {
    const { times, sums: s } = await runOnce(name);
    results[name].push(times);
    sums.push(`${name}: ${s.join(', ')}`);
    process.stderr.write(
      `  run ${run + 1} ${name.padEnd(6)} insert ${times[0].toFixed(0)} ms, upsert ${times[1].toFixed(0)} ms\n`,
    );
  }
  if (new Set(sums.map((line) => line.replace(/^\w+: /, ''))).size !== 1) {
    throw new Error(`pipelines disagree:\n${sums.join('\n')}`);
  }
}
await server.close();
await db.close();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rate = (ms) => Math.round((rows / ms) * 1000).toLocaleString('en-US');
console.log(
  `faros-ce-insert: ${rows.toLocaleString('en-US')} pull requests in ${batchSize}-object batches, ` +
    `${runs} runs each, PGlite in memory (sandbox from ${source})`,
);
console.log(`  node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB`);
for (const [index, label] of ['insert (new rows)', 'upsert (same rows)'].entries()) {
  const time = (name) => median(results[name].map((times) => times[index]));
  const [direct, viaEngine, viaHttp] = PIPELINES.map(time);
  console.log(
    `  ${label.padEnd(19)} direct ${rate(direct).padStart(6)} rows/s   endpoint (HTTP) ${rate(viaHttp).padStart(6)} rows/s` +
      `   engine call ${rate(viaEngine).padStart(6)} rows/s   ratio endpoint/direct ${(viaHttp / direct).toFixed(2)}x time`,
  );
}
