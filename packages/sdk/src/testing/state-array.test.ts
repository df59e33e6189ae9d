import { describe, expect, it } from 'vitest';
import type { AirbyteStateMessage } from '../protocol/generated.js';
import { lastStatesPerStream } from './state-array.js';

const streamState = (name: string, value: number, namespace?: string): AirbyteStateMessage => ({
  type: 'STREAM',
  stream: { stream_descriptor: namespace ? { name, namespace } : { name }, stream_state: { v: value } },
  sourceStats: { recordCount: 1 },
  id: value,
});

describe('lastStatesPerStream', () => {
  it('keeps the last state of each stream, in first-seen order, without record counts', () => {
    const out = lastStatesPerStream([
      streamState('a', 1),
      streamState('b', 2),
      streamState('a', 3),
      streamState('a', 4, 'ns'),
    ]);
    expect(out).toEqual([
      { type: 'STREAM', stream: { stream_descriptor: { name: 'a' }, stream_state: { v: 3 } }, id: 3 },
      { type: 'STREAM', stream: { stream_descriptor: { name: 'b' }, stream_state: { v: 2 } }, id: 2 },
      { type: 'STREAM', stream: { stream_descriptor: { name: 'a', namespace: 'ns' }, stream_state: { v: 4 } }, id: 4 },
    ]);
  });

  it('merges old input with new states: streams without news keep their state', () => {
    const merged = lastStatesPerStream([streamState('a', 1), streamState('b', 1), streamState('b', 2)]);
    expect(merged.map((s) => [s.stream?.stream_descriptor.name, s.stream?.stream_state])).toEqual([
      ['a', { v: 1 }],
      ['b', { v: 2 }],
    ]);
  });

  it('keeps only the last GLOBAL state, or the last LEGACY one', () => {
    const global = (n: number): AirbyteStateMessage => ({
      type: 'GLOBAL',
      global: { shared_state: { n }, stream_states: [] },
    });
    expect(lastStatesPerStream([global(1), global(2)])).toEqual([global(2)]);
    expect(lastStatesPerStream([{ data: { a: 1 } }, { data: { a: 2 } }])).toEqual([{ data: { a: 2 } }]);
    expect(lastStatesPerStream([])).toEqual([]);
  });
});
