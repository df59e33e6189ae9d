import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AirbyteStateMessage, Message } from '@faros-ce/sdk';
import type { ConnectorRun } from '@faros-ce/sdk/testing';
import { describe, expect, it } from 'vitest';
import { exampleApi, exampleDestinationCommand, exampleSourceCommand, incrementalCatalog } from './support/example.ts';
import { hasOfficialSchema, OFFICIAL_SCHEMA_PATH, officialMessageValidator } from './support/official-schema.ts';

if (!hasOfficialSchema) {
  console.warn(`Skipping the official-schema tests: ${OFFICIAL_SCHEMA_PATH} is absent (it lives in ../shared).`);
}

const MESSAGE_TYPES = [
  'RECORD',
  'STATE',
  'LOG',
  'SPEC',
  'CONNECTION_STATUS',
  'CATALOG',
  'TRACE',
  'CONTROL',
  'DESTINATION_CATALOG',
];
const TRACE_TYPES = ['ERROR', 'ESTIMATE', 'STREAM_STATUS', 'ANALYTICS'];

describe.skipIf(!hasOfficialSchema)(
  'what the example connectors print, checked against the official protocol schema',
  () => {
    it('every line is valid, and every message and trace type occurs', { timeout: 120_000 }, async () => {
      const validate = officialMessageValidator();
      const source = exampleSourceCommand();
      const destination = exampleDestinationCommand();
      const runs: ConnectorRun[] = [];
      // Rate limits (RUNNING with a reason), a rotated token (CONTROL) and a failing slice (ERROR).
      const api = await exampleApi({ rateLimitEvery: 11, rotateTokenTo: 'rotated-4321-token' });
      const failing = await exampleApi({ failPath: '/departments/4/notes' });
      try {
        runs.push(
          await source.spec(),
          await source.check(api.config),
          await source.check({ ...api.config, api_token: 'no' }),
        );
        const discovered = await source.discover(api.config);
        runs.push(discovered);
        const catalog = incrementalCatalog(discovered.catalog);
        const read = await source.read(api.config, catalog);
        runs.push(read, await source.read(failing.config, incrementalCatalog(discovered.catalog, ['notes'])));

        const directory = await mkdtemp(join(tmpdir(), 'sdk-official-'));
        const dconfig = { directory };
        runs.push(await destination.spec(), await destination.check(dconfig), await destination.discover(dconfig));
        // As the platform does: an integer id on every state before it reaches the destination.
        const sent = withStateIds(read.messages);
        const written = await destination.write(dconfig, catalog, sent);
        runs.push(written);

        const seenTypes = new Set<string>();
        const seenTraces = new Set<string>();
        for (const run of runs) {
          expect(run.invalidLines).toEqual([]);
          for (const message of run.messages) {
            const valid = validate(message);
            expect(valid ? [] : validate.errors, `${message.type} line`).toEqual([]);
            seenTypes.add(message.type);
            if (message.type === 'TRACE') seenTraces.add(message.trace.type);
          }
        }
        expect([...seenTypes].sort()).toEqual([...MESSAGE_TYPES].sort());
        expect([...seenTraces].sort()).toEqual([...TRACE_TYPES].sort());
        expect(
          read.streamStatuses().some((s) => s.status === 'RUNNING' && s.reasons?.[0]?.type === 'RATE_LIMITED'),
        ).toBe(true);

        checkSourceCounts(read.messages);
        checkEchoes(sent, written);
      } finally {
        await api.server.close();
        await failing.server.close();
      }
    });
  },
);

function withStateIds(messages: readonly Message[]): Message[] {
  let id = 1000;
  return messages
    .filter((m) => m.type === 'RECORD' || m.type === 'STATE')
    .map((m) => (m.type === 'STATE' ? { ...m, state: { ...m.state, id: id++, platform_note: { kept: true } } } : m));
}

// sourceStats.recordCount is the number of that stream's records since its previous state.
function checkSourceCounts(messages: readonly Message[]): void {
  const since = new Map<string, number>();
  let states = 0;
  for (const m of messages) {
    if (m.type === 'RECORD') since.set(m.record.stream, (since.get(m.record.stream) ?? 0) + 1);
    if (m.type === 'STATE') {
      const name = m.state.stream?.stream_descriptor.name ?? '';
      expect(m.state.sourceStats?.recordCount, `state ${states} of ${name}`).toBe(since.get(name) ?? 0);
      since.set(name, 0);
      states++;
    }
  }
  expect(states).toBeGreaterThan(3);
}

// An echoed state is the state received plus destinationStats, and nothing else; in order.
function checkEchoes(sent: readonly Message[], written: ConnectorRun): void {
  const received = sent.filter((m) => m.type === 'STATE').map((m) => (m as { state: AirbyteStateMessage }).state);
  const echoed = written.states();
  expect(echoed).toHaveLength(received.length);
  const since = new Map<string, number>();
  let next = 0;
  for (const m of sent) {
    if (m.type === 'RECORD') since.set(m.record.stream, (since.get(m.record.stream) ?? 0) + 1);
    if (m.type !== 'STATE') continue;
    const name = m.state.stream?.stream_descriptor.name ?? '';
    const echo = echoed[next++];
    const { destinationStats, ...rest } = echo ?? {};
    expect(rest).toEqual(m.state);
    expect(destinationStats).toEqual({ recordCount: since.get(name) ?? 0 });
    since.set(name, 0);
  }
}
