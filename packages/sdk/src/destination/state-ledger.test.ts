import { describe, expect, it } from 'vitest';
import { StateLedger, type StateScope } from './state-ledger.js';

describe('StateLedger', () => {
  it('releases only the head, and only once its records are committed', () => {
    const ledger = new StateLedger();
    ledger.recordReceived('a'); // 1
    ledger.add('A1', { kind: 'stream', key: 'a' }, 1);
    ledger.recordReceived('b'); // 2
    ledger.add('B1', { kind: 'stream', key: 'b' }, 2);
    const committed = new Set<string>(['b']);
    const through = (scope: StateScope) => scope.kind === 'stream' && committed.has(scope.key);
    expect(ledger.release(through)).toEqual([]);
    committed.add('a');
    expect(ledger.release(through).map((s) => s.line)).toEqual(['A1', 'B1']);
    expect(ledger.pendingCount).toBe(0);
    expect(ledger.pendingBytes).toBe(0);
  });

  it('counts a rejection in the first state of its scope after the record', () => {
    const ledger = new StateLedger();
    const all = { kind: 'all' } as const;
    const a = { kind: 'stream', key: 'a' } as const;
    for (let seq = 1; seq <= 4; seq++) ledger.recordReceived('a');
    ledger.add('A1', a, 2);
    ledger.add('G1', all, 3);
    ledger.add('A2', a, 4);
    ledger.recordRejected('a', 3); // after A1: counts in A2, and in G1
    ledger.recordRejected('a', 5); // after everything: the next states
    ledger.recordReceived('a');
    ledger.add('A3', a, 5);
    const released = ledger.release(() => true);
    expect(released.map((s) => [s.line, s.recordCount, s.rejectedRecordCount])).toEqual([
      ['A1', 4, 0],
      ['G1', 4, 1],
      ['A2', 0, 1],
      ['A3', 1, 1],
    ]);
  });
});
