import type { AirbyteStateMessage } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { prefixState, unprefixState } from './state-prefix.js';

describe('prefixState / unprefixState', () => {
  it('renames STREAM and GLOBAL descriptors and keeps every other field', () => {
    const stream: AirbyteStateMessage = {
      type: 'STREAM',
      stream: { stream_descriptor: { name: 'builds', namespace: 'ns' }, stream_state: { a: 1 } },
      sourceStats: { recordCount: 2 },
    };
    const prefixed = prefixState(stream, 'c__jenkins__');
    expect(prefixed.stream?.stream_descriptor).toEqual({ name: 'c__jenkins__builds', namespace: 'ns' });
    expect(prefixed.sourceStats).toEqual({ recordCount: 2 });
    expect(unprefixState(prefixed, 'c__jenkins__')).toEqual(stream);
    expect(stream.stream?.stream_descriptor.name).toBe('builds'); // the input is not changed

    const global: AirbyteStateMessage = {
      type: 'GLOBAL',
      global: { shared_state: { lsn: 5 }, stream_states: [{ stream_descriptor: { name: 'a' }, stream_state: {} }] },
    };
    expect(prefixState(global, 'p_').global?.stream_states[0]?.stream_descriptor.name).toBe('p_a');
    expect(unprefixState(prefixState(global, 'p_'), 'p_')).toEqual(global);
    const legacy: AirbyteStateMessage = { type: 'LEGACY', data: { x: 1 } };
    expect(prefixState(legacy, 'p_')).toEqual(legacy);
  });
});
