import { describe, expect, it } from 'vitest';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import {
  errorTraceMessage,
  type Message,
  recordMessage,
  streamDescriptor,
  streamStateMessage,
  streamStatusMessage,
} from '../protocol/messages.js';
import { ConnectorRun } from './connector-run.js';
import { lintReadOutput } from './read-lints.js';

const catalog: ConfiguredAirbyteCatalog = {
  streams: ['a', 'b'].map((name) => ({
    stream: {
      name,
      json_schema: { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'string', format: 'date' } } },
      supported_sync_modes: ['full_refresh'],
      source_defined_primary_key: [['id']],
    },
    sync_mode: 'full_refresh',
    destination_sync_mode: 'append',
  })),
};

const d = (name: string) => streamDescriptor(name);
const status = (name: string, s: 'STARTED' | 'RUNNING' | 'COMPLETE' | 'INCOMPLETE') => streamStatusMessage(d(name), s);
const rec = (name: string, data: Record<string, unknown>) => recordMessage(name, data);
const state = (name: string, v: number, count?: number) => streamStateMessage(d(name), { v }, count);

/** A correct read of both streams; tests change one thing. */
function goodRead(): Message[] {
  return [
    status('a', 'STARTED'),
    status('a', 'RUNNING'),
    rec('a', { id: 1, at: '2026-01-01' }),
    rec('a', { id: 2 }),
    state('a', 1, 2),
    rec('a', { id: 3 }),
    state('a', 2, 1),
    status('a', 'COMPLETE'),
    status('b', 'STARTED'),
    status('b', 'RUNNING'),
    status('b', 'RUNNING'),
    rec('b', { id: 1 }),
    state('b', 1, 1),
    status('b', 'COMPLETE'),
  ];
}

function lint(messages: Message[], exitCode = 0, options = {}) {
  const run = new ConnectorRun({ exitCode, messages, invalidLines: [], stderr: '' });
  return lintReadOutput(run, catalog, options).map((f) => [f.rule, f.stream]);
}

function replace(messages: Message[], index: number, ...by: Message[]): Message[] {
  const copy = [...messages];
  copy.splice(index, 1, ...by);
  return copy;
}

describe('lintReadOutput', () => {
  it('passes a correct read', () => {
    expect(lint(goodRead())).toEqual([]);
  });

  it('reports a non-zero exit, invalid lines and error traces', () => {
    const run = new ConnectorRun({
      exitCode: 1,
      messages: [...goodRead(), errorTraceMessage({ message: 'boom', failureType: 'system_error' })],
      invalidLines: [{ lineNumber: 3, reason: 'not valid JSON', text: 'hello' }],
      stderr: '',
    });
    expect(lintReadOutput(run, catalog).map((f) => f.rule)).toEqual(['exit-code', 'invalid-line', 'error-trace']);
  });

  it('reports records that break their schema or lack a primary key, and records of other streams', () => {
    const messages = replace(
      goodRead(),
      3,
      rec('a', { id: 'two', at: 'yesterday' }),
      rec('a', { at: '2026-01-01' }),
      rec('c', { id: 1 }),
    );
    expect(lint(messages)).toEqual([
      ['record-schema', 'a'],
      ['primary-key-value', 'a'],
      ['unconfigured-stream', 'c'],
      ['state-record-count', 'a'],
    ]);
    expect(lint(replace(goodRead(), 3, rec('a', { id: 'two' })), 0, { validateRecords: false })).toEqual([]);
  });

  it('keeps at most five failures per rule and stream, then says more were left out', () => {
    const bad = Array.from({ length: 9 }, (_, i) => rec('a', { id: `x${i}` }));
    const failures = lintReadOutput(
      new ConnectorRun({
        exitCode: 0,
        messages: replace(goodRead(), 3, rec('a', { id: 2 }), ...bad),
        invalidLines: [],
        stderr: '',
      }),
      catalog,
    ).filter((f) => f.rule === 'record-schema');
    expect(failures).toHaveLength(6);
    expect(failures[0]?.message).toMatch(/record\.id: must be integer/);
    expect(failures[5]?.message).toBe('more failures of this rule left out');
  });

  it('reports empty streams unless declared, and a read without records', () => {
    const withoutB = goodRead().filter((m) => !(m.type === 'RECORD' && m.record.stream === 'b'));
    const fixedCount = withoutB.map((m) =>
      m.type === 'STATE' && m.state.stream?.stream_descriptor.name === 'b' ? state('b', 1, 0) : m,
    );
    expect(lint(fixedCount)).toEqual([['empty-stream', 'b']]);
    expect(lint(fixedCount, 0, { emptyStreams: ['b'] })).toEqual([]);
  });

  it('reports statuses out of order, missing or ending INCOMPLETE', () => {
    expect(lint(goodRead().slice(1))).toEqual([['stream-status', 'a']]);
    expect(lint(replace(goodRead(), 7, status('a', 'INCOMPLETE')))).toEqual([['stream-status', 'a']]);
    expect(lint(replace(goodRead(), 1, status('a', 'STARTED')))).toEqual([['stream-status', 'a']]);
    expect(
      lint(goodRead().filter((m) => !(m.type === 'TRACE' && m.trace.stream_status?.stream_descriptor.name === 'b'))),
    ).toEqual([['stream-status', 'b']]);
  });

  it('reports a stream without state, LEGACY states and states without sourceStats', () => {
    const noStateB = goodRead().filter((m) => !(m.type === 'STATE' && m.state.stream?.stream_descriptor.name === 'b'));
    expect(lint(noStateB)).toEqual([['state-missing', 'b']]);
    const legacy: Message = { type: 'STATE', state: { data: { a: 1 } } };
    expect(lint([...goodRead(), legacy])).toEqual([['state-legacy', undefined]]);
    expect(lint(replace(goodRead(), 6, state('a', 2)))).toEqual([['state-source-stats', undefined]]);
  });

  it('reports a recordCount that differs from the records since the previous state', () => {
    expect(lint(replace(goodRead(), 4, state('a', 1, 3)))).toEqual([['state-record-count', 'a']]);
    // Counts are per stream: records of b between two states of a do not count for a.
    const interleaved = [...goodRead().slice(0, 4), rec('b', { id: 9 }), ...goodRead().slice(4)];
    expect(lint(interleaved)).toEqual([['state-record-count', 'b']]);
  });

  it('reports two identical consecutive states of a stream', () => {
    expect(lint(replace(goodRead(), 6, state('a', 1, 1)))).toEqual([['state-duplicate', 'a']]);
  });

  it('counts GLOBAL states over all streams', () => {
    const global = (n: number, count: number): Message => ({
      type: 'STATE',
      state: {
        type: 'GLOBAL',
        global: { shared_state: { n }, stream_states: [{ stream_descriptor: d('a') }, { stream_descriptor: d('b') }] },
        sourceStats: { recordCount: count },
      },
    });
    const messages = goodRead().filter((m) => m.type !== 'STATE');
    expect(lint([...messages, global(1, 4)])).toEqual([]);
    expect(lint([...messages, global(1, 3)])).toEqual([['state-record-count', undefined]]);
    expect(lint([...messages, global(1, 4), global(1, 0)])).toEqual([['state-duplicate', undefined]]);
  });
});
