import { describe, expect, it } from 'vitest';
import type { ReadContext } from '../source/stream.js';
import { checkBasicRead } from './check-basic-read.js';
import { checkUnknownStream } from './check-unknown-stream.js';
import { inProcess } from './connector-under-test.js';
import { fakeConnector } from './fixtures/fake-connector.js';
import { Departments, Employees, GOOD_CONFIG, type MemoryConfig, MemorySource } from './fixtures/memory-source.js';

class WrongTypes extends Employees {
  override rows(ctx: ReadContext<MemoryConfig>) {
    return super.rows(ctx).map((r) => (r.id === 4 ? { ...r, id: '4' } : r));
  }
}

class FailsHalfway extends Employees {
  override *read(ctx: ReadContext<MemoryConfig>) {
    yield* this.rows(ctx).slice(0, 7);
    throw new Error('connection reset');
  }
}

const rules = (r: { failures: readonly { rule: string; stream?: string }[] }) =>
  r.failures.map((f) => [f.rule, f.stream]);

describe('checkBasicRead', () => {
  it('passes a well-behaved source', async () => {
    const result = await checkBasicRead(inProcess(new MemorySource()), GOOD_CONFIG);
    expect(result.failures).toEqual([]);
    expect(result.runs.map((r) => r.count('RECORD'))).toEqual([0, 26]); // discover, then read
  });

  it('reports records that do not match their schema', async () => {
    const result = await checkBasicRead(inProcess(new MemorySource(() => [new WrongTypes()])), GOOD_CONFIG);
    expect(rules(result)).toEqual([['record-schema', 'employees']]);
    expect(result.failures[0]?.message).toMatch(/record\.id: must be integer/);
  });

  it('reports a stream that fails: exit code, error trace and statuses', async () => {
    const result = await checkBasicRead(
      inProcess(new MemorySource(() => [new FailsHalfway(), new Departments()])),
      GOOD_CONFIG,
    );
    expect(rules(result)).toEqual([
      ['exit-code', undefined],
      ['error-trace', undefined],
      ['stream-status', 'employees'],
    ]);
  });

  it('reports streams with no records unless they are declared empty', async () => {
    const subject = inProcess(new MemorySource());
    expect(rules(await checkBasicRead(subject, { ...GOOD_CONFIG, rows: 0 }))).toEqual([['empty-stream', 'employees']]);
    expect(
      (await checkBasicRead(subject, { ...GOOD_CONFIG, rows: 0 }, { emptyStreams: ['employees'] })).failures,
    ).toEqual([]);
  });

  it('reports a discover failure instead of reading', async () => {
    const result = await checkBasicRead(fakeConnector({}), {});
    expect(rules(result)).toEqual([['discover-failed', undefined]]);
    expect(result.runs).toHaveLength(1);
  });
});

describe('checkUnknownStream', () => {
  it('passes when the SDK runtime refuses the unknown stream', async () => {
    expect((await checkUnknownStream(inProcess(new MemorySource()), GOOD_CONFIG)).failures).toEqual([]);
  });

  it('reports a read that ignores the unknown stream', async () => {
    const catalog = { streams: [] };
    const result = await checkUnknownStream(fakeConnector({ read: { lines: [] } }), {}, { catalog });
    expect(rules(result)).toEqual([
      ['error-trace', undefined],
      ['exit-code', undefined],
    ]);
  });
});
