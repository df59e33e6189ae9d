// The demo until the harness (airbyte-harness) lands: the SDK's example source reads its example
// HTTP API and is piped, line by line, into the SDK's example JSON-lines destination, the way the
// platform pipes a source into a destination. Then a second, incremental sync resumes from the
// states the destination echoed.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startExampleServer } from '../packages/sdk/examples/http-source/server.ts';

const sdk = fileURLToPath(new URL('../packages/sdk/', import.meta.url));
const sourceMain = join(sdk, 'examples/http-source/main.ts');
const destinationMain = join(sdk, 'examples/jsonl-destination/main.ts');
const work = await mkdtemp(join(tmpdir(), 'faros-ce-demo-'));
const token = 'demo-token-not-a-secret';
const server = await startExampleServer({ token, employees: 1000, rateLimitEvery: 25, retryAfterSeconds: 1 });

async function json(name, value) {
  const path = join(work, name);
  await writeFile(path, JSON.stringify(value, null, 2));
  return path;
}

function collect(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = [];
    createInterface({ input: child.stdout }).on('line', (line) => lines.push(JSON.parse(line)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, messages: lines }));
  });
}

// Source stdout -> destination stdin, with backpressure; the destination's echoes are collected.
function sync(sourceArgs, destinationArgs) {
  return new Promise((resolve, reject) => {
    const source = spawn(process.execPath, [sourceMain, ...sourceArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    const destination = spawn(process.execPath, [destinationMain, ...destinationArgs], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const read = { records: new Map(), traces: [] };
    createInterface({ input: source.stdout }).on('line', (line) => {
      const message = JSON.parse(line);
      if (message.type === 'RECORD') {
        const name = message.record.stream;
        read.records.set(name, (read.records.get(name) ?? 0) + 1);
      }
      if (message.type === 'TRACE') read.traces.push(message.trace);
      if (message.type === 'RECORD' || message.type === 'STATE') {
        if (!destination.stdin.write(`${line}\n`)) {
          source.stdout.pause();
          destination.stdin.once('drain', () => source.stdout.resume());
        }
      }
    });
    const echoed = [];
    createInterface({ input: destination.stdout }).on('line', (line) => {
      const message = JSON.parse(line);
      if (message.type === 'STATE') echoed.push(message.state);
    });
    let sourceCode;
    source.on('close', (code) => {
      sourceCode = code;
      destination.stdin.end();
    });
    destination.on('error', reject);
    destination.on('close', (code) => resolve({ sourceCode, destinationCode: code, read, echoed }));
  });
}

async function lineCounts(directory) {
  const counts = new Map();
  for (const name of ['departments', 'employees', 'notes']) {
    const text = await readFile(join(directory, `${name}.jsonl`), 'utf8').catch(() => '');
    counts.set(name, text.split('\n').filter(Boolean).length);
  }
  return counts;
}

function report(title, result, before, after) {
  console.log(`\n${title}: source exit ${result.sourceCode}, destination exit ${result.destinationCode}`);
  const written = new Map([...after].map(([name, n]) => [name, n - (before.get(name) ?? 0)]));
  const rateLimited = result.read.traces.filter((t) => t.stream_status?.reasons?.[0]?.type === 'RATE_LIMITED').length;
  console.log('  stream        read  written  states echoed');
  for (const name of ['departments', 'employees', 'notes']) {
    const states = result.echoed.filter((s) => s.stream.stream_descriptor.name === name).length;
    console.log(
      `  ${name.padEnd(12)} ${String(result.read.records.get(name) ?? 0).padStart(5)} ${String(written.get(name) ?? 0).padStart(8)} ${String(states).padStart(7)}`,
    );
  }
  console.log(`  rate-limit waits reported: ${rateLimited}`);
}

try {
  const config = await json('source.json', { api_url: server.url, api_token: token, checkpoint_every: 250 });
  const discovered = await collect([sourceMain, 'discover', '--config', config]);
  const catalog = discovered.messages.find((m) => m.type === 'CATALOG').catalog;
  const configured = await json('catalog.json', {
    streams: catalog.streams.map((stream) => ({
      stream,
      sync_mode: stream.supported_sync_modes.includes('incremental') ? 'incremental' : 'full_refresh',
      destination_sync_mode: 'append',
    })),
  });
  const destinationConfig = await json('destination.json', { directory: join(work, 'out') });

  console.log(`Example API at ${server.url}; files under ${work}`);
  const out = join(work, 'out');
  const empty = await lineCounts(out);
  const first = await sync(
    ['read', '--config', config, '--catalog', configured],
    ['write', '--config', destinationConfig, '--catalog', configured],
  );
  const afterFirst = await lineCounts(out);
  report('First sync', first, empty, afterFirst);

  // The platform hands back the last echoed state of each stream.
  const last = new Map(first.echoed.map((s) => [s.stream.stream_descriptor.name, s]));
  const state = await json(
    'state.json',
    [...last.values()].map(({ destinationStats, sourceStats, ...s }) => s),
  );
  const second = await sync(
    ['read', '--config', config, '--catalog', configured, '--state', state],
    ['write', '--config', destinationConfig, '--catalog', configured],
  );
  report('Second sync, incremental from the echoed states', second, afterFirst, await lineCounts(out));

  const employees = (await readFile(join(work, 'out', 'employees.jsonl'), 'utf8')).trim().split('\n').length;
  console.log(
    `\n${join(work, 'out', 'employees.jsonl')} holds ${employees} lines (1000 employees; the second sync re-read`,
  );
  console.log('only the one at the saved cursor: Airbyte is at-least-once).');
  console.log('\nThe full Faros CE demo (GitHub, Jira, Jenkins into a local Faros CE) comes with the harness.');
  process.exitCode = first.sourceCode || first.destinationCode || second.sourceCode || second.destinationCode ? 1 : 0;
} finally {
  await server.close();
}
