import { describe, expect, it } from 'vitest';
import type { ReadContext } from '../source/stream.js';
import { checkFutureState } from './check-future-state.js';
import { inProcess } from './connector-under-test.js';
import { Departments, Employees, GOOD_CONFIG, type MemoryConfig, MemorySource } from './fixtures/memory-source.js';

/** Ignores the bookmark; the runtime drops records behind it, but not one without a cursor value. */
class MissingCursor extends Employees {
  override rows(ctx: ReadContext<MemoryConfig>) {
    return super.rows({ ...ctx, bookmark: undefined }).map((r) => (r.id === 1 ? { ...r, updated_at: null } : r));
  }
  override readonly jsonSchema = {
    type: 'object',
    properties: { id: { type: 'integer' }, name: { type: 'string' }, updated_at: { type: ['string', 'null'] } },
  };
}

/** Keeps a numeric sequence cursor the default derivation cannot guess from the state. */
class OpaqueState extends Employees {
  override readonly cursorField = ['name'];
}

describe('checkFutureState', () => {
  it('passes a source that reads nothing past a future cursor but still emits its state', async () => {
    const result = await checkFutureState(inProcess(new MemorySource()), GOOD_CONFIG);
    expect(result.failures).toEqual([]);
    const future = result.runs.at(-1);
    expect(future?.states('employees').map((s) => s.stream?.stream_state)).toEqual([
      { updated_at: '9999-12-31T23:59:59.999Z' },
    ]);
  });

  it('uses the state builder it is given instead of a first read', async () => {
    const result = await checkFutureState(inProcess(new MemorySource()), GOOD_CONFIG, {
      futureState: (stream) => ({ [stream.default_cursor_field?.[0] ?? '']: '3000-01-01T00:00:00Z' }),
    });
    expect(result.failures).toEqual([]);
    expect(result.runs.map((r) => r.count('RECORD'))).toEqual([0, 0]); // discover, future read
  });

  it('reports records read from a future state', async () => {
    const result = await checkFutureState(inProcess(new MemorySource(() => [new MissingCursor()])), GOOD_CONFIG);
    expect(result.failures).toEqual([
      { rule: 'future-state-records', stream: 'employees', message: '1 records read from a future state' },
    ]);
  });

  it('reports a state it cannot move ahead', async () => {
    const result = await checkFutureState(inProcess(new MemorySource(() => [new OpaqueState()])), GOOD_CONFIG);
    expect(result.failures.map((f) => [f.rule, f.stream])).toContainEqual(['future-state-derive', 'employees']);
  });

  it('is skipped when no stream supports incremental', async () => {
    const result = await checkFutureState(inProcess(new MemorySource(() => [new Departments()])), GOOD_CONFIG);
    expect(result.skipped).toBe('no stream supports incremental');
  });
});
