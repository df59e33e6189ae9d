import type { AirbyteStateMessage } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { PipeCounts } from './pipe-counts.js';

const state = (name: string, extra: Partial<AirbyteStateMessage> = {}): AirbyteStateMessage => ({
  type: 'STREAM',
  stream: { stream_descriptor: { name }, stream_state: {} },
  ...extra,
});

describe('PipeCounts', () => {
  it('gives states growing ids and counts records per stream between states', () => {
    const counts = new PipeCounts(10);
    counts.record('a');
    counts.record('b');
    counts.record('a');
    expect(counts.sourceState(state('a', { sourceStats: { recordCount: 2 } }))).toBe(10);
    expect(counts.sourceState(state('b', { sourceStats: { recordCount: 1 } }))).toBe(11);
    expect(counts.mismatches).toEqual([]);
    expect(counts.echoedState({ ...state('a', { destinationStats: { recordCount: 2 } }), id: 10 })).toBeUndefined();
    expect(counts.stream('a')).toMatchObject({ recordsRead: 2, recordsWritten: 2, statesCommitted: 1 });
    expect(counts.unechoed).toBe(1);
    expect(counts.nextStateId).toBe(12);
  });

  it('reports count disagreements between source, harness and destination', () => {
    const counts = new PipeCounts(1);
    counts.record('a');
    counts.sourceState(state('a', { sourceStats: { recordCount: 3 } }));
    expect(counts.mismatches[0]).toMatch(/the source counted 3 records, the harness 1/);
    counts.echoedState({ ...state('a', { destinationStats: { recordCount: 0, rejectedRecordCount: 0 } }), id: 1 });
    expect(counts.mismatches[1]).toMatch(/the harness sent 1 records, the destination counted 0/);
  });

  it('fails echoes without an id, with an unknown id, or out of order; counts rejections', () => {
    const counts = new PipeCounts(1);
    counts.record('a');
    counts.sourceState(state('a'));
    counts.record('a');
    counts.sourceState(state('a'));
    expect(counts.echoedState(state('a'))).toMatch(/without the id/);
    expect(counts.echoedState({ ...state('a'), id: 99 })).toMatch(/never sent/);
    expect(
      counts.echoedState({ ...state('a', { destinationStats: { recordCount: 1, rejectedRecordCount: 1 } }), id: 2 }),
    ).toBeUndefined();
    expect(counts.echoedState({ ...state('a'), id: 1 })).toMatch(/out of order/);
    expect(counts.stream('a')).toMatchObject({ recordsWritten: 0, recordsRejected: 1 });
  });

  it('counts records after the last state as written once the destination exited cleanly', () => {
    const counts = new PipeCounts(1);
    counts.sourceState(state('a'));
    counts.record('a');
    counts.flushTrailing();
    expect(counts.stream('a').recordsWritten).toBe(1);
  });
});
