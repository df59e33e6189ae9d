import { describe, expect, it } from 'vitest';
import { parseInputState, streamKey } from './input-state.js';

describe('parseInputState', () => {
  it('reads a STREAM state array, a null state resetting its stream', () => {
    const state = parseInputState([
      { type: 'STREAM', stream: { stream_descriptor: { name: 'a' }, stream_state: { updated_at: 'x' } } },
      { type: 'STREAM', stream: { stream_descriptor: { name: 'b', namespace: 'ns' }, stream_state: { c: 1 } } },
      { type: 'STREAM', stream: { stream_descriptor: { name: 'c' }, stream_state: null } },
    ]);
    expect(state.kind).toBe('STREAM');
    expect(state.streams.get('a')).toEqual({ updated_at: 'x' });
    expect(state.streams.get(streamKey({ name: 'b', namespace: 'ns' }))).toEqual({ c: 1 });
    expect(state.streams.has('c')).toBe(false);
  });

  it('reads a GLOBAL state with its shared state', () => {
    const state = parseInputState([
      {
        type: 'GLOBAL',
        global: {
          shared_state: { lsn: 5 },
          stream_states: [{ stream_descriptor: { name: 'a' }, stream_state: { id: 3 } }],
        },
      },
    ]);
    expect(state.kind).toBe('GLOBAL');
    expect(state.shared).toEqual({ lsn: 5 });
    expect(state.streams.get('a')).toEqual({ id: 3 });
  });

  it('reads a legacy object, bare or wrapped in data', () => {
    expect(parseInputState({ a: { id: 1 } }).streams.get('a')).toEqual({ id: 1 });
    expect(parseInputState({ data: { a: { id: 2 } } }).streams.get('a')).toEqual({ id: 2 });
    expect(parseInputState({ type: 'LEGACY', data: { a: { id: 3 } } }).kind).toBe('LEGACY');
  });

  it('treats an empty array or object as no state', () => {
    expect(parseInputState([]).kind).toBe('NONE');
    expect(parseInputState({}).kind).toBe('NONE');
  });

  it('names the element at fault', () => {
    expect(() => parseInputState([{ type: 'STREAM', stream: { stream_state: {} } }])).toThrow(
      /state\[0\]\.stream\.stream_descriptor: is required/,
    );
    expect(() => parseInputState([{ type: 'SOMETHING' }])).toThrow(/state\[0\]\.type: must be one of/);
    expect(() => parseInputState({ a: 5 })).toThrow(/state\.a must be an object, not number/);
    expect(() =>
      parseInputState([
        { type: 'STREAM', stream: { stream_descriptor: { name: 'a' } } },
        { type: 'GLOBAL', global: { stream_states: [] } },
      ]),
    ).toThrow(/state\[1\] is a GLOBAL state but earlier entries are STREAM/);
    expect(() => parseInputState('x')).toThrow(/must be a JSON array/);
  });
});
