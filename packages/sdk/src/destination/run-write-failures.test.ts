import { describe, expect, it } from 'vitest';
import { AirbyteError } from '../errors/airbyte-error.js';
import type { WriteOptions } from './destination.js';
import { runWriter } from './run-write.js';
import {
  captureOutput,
  catalogOf,
  InputFeed,
  inputOf,
  RecordingWriter,
  rec,
  streamState,
  until,
} from './write-test-kit.js';

const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
const catalog = catalogOf({ name: 'a', schema }, 'b');

// One record of each kind of invalid: unknown stream, schema mismatch, refused by the writer.
const mixedInput = () => [
  rec('a', { n: 1 }),
  rec('ghost', { n: 1 }),
  rec('a', { n: 'two' }),
  rec('b', { n: 1 }),
  streamState('a', { s: 'a1' }),
  rec('b', { refuse: true }),
  rec('a', { n: 3 }),
  streamState('b', { s: 'b1' }),
  streamState('a', { s: 'a2' }),
];

function refusingWriter(): RecordingWriter {
  const writer = new RecordingWriter();
  writer.refuse = (record) => (record.data.refuse === true ? 'refuse is not a column' : undefined);
  return writer;
}

const skip: WriteOptions = { invalidRecords: 'skip', validateRecords: true };

describe('invalid records, skip', () => {
  it('skips them, counts them in rejectedRecordCount of the next state of their scope, and warns', async () => {
    const writer = refusingWriter();
    const out = captureOutput();
    const result = await runWriter(writer, catalog, inputOf(...mixedInput()), out.output, skip);
    expect(writer.batches).toEqual([
      { stream: 'a', data: [{ n: 1 }, { n: 3 }] },
      { stream: 'b', data: [{ n: 1 }, { refuse: true }] },
    ]);
    expect(out.states().map((s) => [s.stream?.stream_state, s.destinationStats])).toEqual([
      [{ s: 'a1' }, { recordCount: 2, rejectedRecordCount: 1 }],
      [{ s: 'b1' }, { recordCount: 2, rejectedRecordCount: 1 }],
      [{ s: 'a2' }, { recordCount: 1 }],
    ]);
    expect(result).toMatchObject({ recordsReceived: 6, recordsCommitted: 3, recordsRejected: 3 });
    expect(result.streams.get('ghost')).toEqual({ received: 1, committed: 0, rejected: 1 });
    const skipped = out.warnings().filter((w) => w.startsWith('Skipped a record'));
    expect(skipped).toHaveLength(3);
    expect(skipped[0]).toMatch(/stream ghost: its stream is not in the configured catalog/);
    expect(skipped[1]).toMatch(/stream a: it does not match the stream schema: data\.n: must be integer/);
    expect(skipped[2]).toMatch(/stream b: the destination refused it: refuse is not a column/);
    expect(out.warnings()).toContain('Skipped 3 records (a: 1, ghost: 1, b: 1)');
  });

  it('counts rejections in GLOBAL states too', async () => {
    const out = captureOutput();
    await runWriter(
      refusingWriter(),
      catalog,
      inputOf(rec('b', { refuse: true }), rec('a', { n: 1 }), {
        type: 'STATE',
        state: { type: 'GLOBAL', global: { stream_states: [] } },
      }),
      out.output,
      skip,
    );
    expect(out.states().map((s) => s.destinationStats)).toEqual([{ recordCount: 2, rejectedRecordCount: 1 }]);
  });

  it('caps the warnings of a flood and still counts every record', async () => {
    const out = captureOutput();
    const flood = Array.from({ length: 250 }, (_, n) => rec('ghost', { n }));
    const result = await runWriter(
      new RecordingWriter(),
      catalog,
      inputOf(...flood, streamState('ghost', {})),
      out.output,
      skip,
    );
    expect(result.recordsRejected).toBe(250);
    expect(out.warnings().filter((w) => w.startsWith('Skipped a record'))).toHaveLength(100);
    expect(out.states()[0]?.destinationStats).toEqual({ recordCount: 250, rejectedRecordCount: 250 });
  });
});

describe('invalid records, fail', () => {
  const fail: WriteOptions = { invalidRecords: 'fail', validateRecords: true };

  it('skips a record of a stream not in the catalog all the same: schema drift never fails a sync', async () => {
    const out = captureOutput();
    const result = await runWriter(
      new RecordingWriter(),
      catalogOf('a'),
      inputOf(rec('ghost', { n: 1 }), rec('a', { n: 1 }), streamState('a', {})),
      out.output,
      fail,
    );
    expect(result.recordsRejected).toBe(1);
    expect(result.recordsCommitted).toBe(1);
    expect(out.warnings()[0]).toMatch(/stream ghost: its stream is not in the configured catalog/);
  });

  it.each([
    ['a record not matching its schema', rec('a', { n: 'x' }), /stream a: it does not match the stream schema/],
    ['a record the writer refuses', rec('b', { refuse: true }), /stream b: the destination refused it/],
  ])('fails the write on %s, after echoing the states committed before it', async (_what, bad, message) => {
    const writer = refusingWriter();
    const out = captureOutput();
    const input = inputOf(
      rec('b', { n: 1 }),
      rec('b', { n: 2 }),
      streamState('b', { s: 'b1' }),
      bad,
      streamState('b', { s: 'b2' }), // held while a refused record is in flight
      rec('b', { n: 3 }),
    );
    const failure = await runWriter(writer, catalog, input, out.output, { ...fail, batchRecords: 2 }).catch((e) => e);
    expect(failure).toBeInstanceOf(AirbyteError);
    expect(failure.failureType).toBe('system_error');
    expect(failure.message).toMatch(message);
    expect(out.states().map((s) => s.stream?.stream_state)).toEqual([{ s: 'b1' }]);
    expect(writer.summary?.error).toBe(failure);
  });
});

describe('writer failures', () => {
  it('surface as an AirbyteError; states of committed records were echoed, later ones never', async () => {
    const writer = new RecordingWriter();
    writer.failBatch = (n) => (n === 2 ? new Error('disk full') : undefined);
    const out = captureOutput();
    const failure = await runWriter(
      writer,
      catalogOf('a'),
      inputOf(
        rec('a', { n: 1 }),
        rec('a', { n: 2 }),
        streamState('a', { s: 1 }),
        rec('a', { n: 3 }),
        streamState('a', { s: 2 }), // held: its record is in the batch that fails
        rec('a', { n: 4 }),
        rec('a', { n: 5 }),
      ),
      out.output,
      { batchRecords: 2 },
    ).catch((e) => e);
    expect(failure).toBeInstanceOf(AirbyteError);
    expect(failure).toMatchObject({ message: 'disk full', failureType: 'system_error', stream: { name: 'a' } });
    expect(out.states().map((s) => s.stream?.stream_state)).toEqual([{ s: 1 }]);
    expect(writer.events).toEqual(['batch a 2', 'batch a 2', 'close']);
    expect(writer.summary?.error).toBe(failure);
    expect(writer.summary?.counts.get('a')).toEqual({ received: 4, committed: 2, rejected: 0 });
  });

  it('keeps the failure type of an AirbyteError the writer throws', async () => {
    const writer = new RecordingWriter();
    writer.failBatch = () => new AirbyteError('token expired', { failureType: 'config_error' });
    const failure = await runWriter(writer, catalogOf('a'), inputOf(rec('a', {})), captureOutput().output).catch(
      (e) => e,
    );
    expect(failure).toMatchObject({ message: 'token expired', failureType: 'config_error' });
  });

  it('end the write at once when a timed flush fails while input is idle', async () => {
    const writer = new RecordingWriter();
    writer.failBatch = () => new Error('connection reset');
    const out = captureOutput();
    const input = new InputFeed();
    const done = runWriter(writer, catalogOf('a'), input, out.output, { flushIntervalMs: 5 }).catch((e) => e);
    input.push(rec('a', { n: 1 }), streamState('a', {}));
    let settled = false;
    void done.then(() => {
      settled = true;
    });
    await until(() => settled, 'the write to fail');
    expect(await done).toMatchObject({ message: 'connection reset', failureType: 'system_error' });
    expect(out.states()).toEqual([]);
    expect(writer.events).toEqual(['batch a 1', 'close']);
  });

  it('report a writer naming a rejected index outside the batch as a bug', async () => {
    const writer = new RecordingWriter();
    writer.writeBatch = async () => ({ rejected: [{ index: 5, reason: 'x' }] });
    const failure = await runWriter(writer, catalogOf('a'), inputOf(rec('a', {})), captureOutput().output, skip).catch(
      (e) => e,
    );
    expect(failure).toMatchObject({ failureType: 'system_error' });
    expect(failure.message).toMatch(/rejected record #5 of a batch of 1/);
  });
});
