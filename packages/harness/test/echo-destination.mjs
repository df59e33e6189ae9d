#!/usr/bin/env node
// A destination for harness tests: commits nothing, echoes every STATE with destinationStats. With
// config `fail_after_states: N` and `marker: <file>`, the first run (no marker yet) exits 1 after
// echoing N states and creates the marker, as a destination dying mid-sync would.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [verb] = process.argv.slice(2);
const arg = (flag) => process.argv[process.argv.indexOf(flag) + 1];
const out = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

if (verb === 'spec') {
  out({
    type: 'SPEC',
    spec: {
      connectionSpecification: {
        type: 'object',
        properties: {
          fail_after_states: { type: 'integer' },
          marker: { type: 'string' },
          password: { type: 'string', airbyte_secret: true },
        },
      },
    },
  });
} else if (verb === 'check') {
  out({ type: 'CONNECTION_STATUS', connectionStatus: { status: 'SUCCEEDED' } });
} else if (verb === 'write') {
  const config = JSON.parse(readFileSync(arg('--config'), 'utf8'));
  const failing = config.fail_after_states !== undefined && !existsSync(config.marker);
  const counts = new Map();
  let echoed = 0;
  for await (const line of createInterface({ input: process.stdin })) {
    const message = JSON.parse(line);
    if (message.type === 'RECORD') counts.set(message.record.stream, (counts.get(message.record.stream) ?? 0) + 1);
    if (message.type !== 'STATE') continue;
    const name = message.state.stream?.stream_descriptor.name;
    message.state.destinationStats = { recordCount: counts.get(name) ?? 0 };
    counts.set(name, 0);
    out(message);
    echoed++;
    if (failing && echoed >= config.fail_after_states) {
      writeFileSync(config.marker, 'failed once');
      process.stderr.write('echo-destination: failing on purpose\n');
      process.exit(1);
    }
  }
} else {
  process.stderr.write(`unknown verb ${verb}\n`);
  process.exit(2);
}
