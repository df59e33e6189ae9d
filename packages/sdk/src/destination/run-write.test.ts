import { describe, expect, it } from 'vitest';
import type { Logger } from '../io/connector-output.js';
import type { ConfiguredAirbyteCatalog, ConnectorSpecification } from '../protocol/generated.js';
import type { CheckResult } from '../source/source.js';
import { Destination, type DestinationWriter, type WriteContext, type WriteOptions } from './destination.js';
import { runWrite, runWriter } from './run-write.js';
import {
  captureOutput,
  catalogOf,
  deferred,
  globalState,
  InputFeed,
  inputOf,
  RecordingWriter,
  rec,
  status,
  streamState,
  until,
} from './write-test-kit.js';

class TestDestination extends Destination {
  readonly name = 'test';
  opened: { config: Record<string, unknown>; ctx: WriteContext } | undefined;

  constructor(
    private readonly writer: DestinationWriter,
    private readonly options: WriteOptions = {},
  ) {
    super();
  }

  spec(): ConnectorSpecification {
    return { connectionSpecification: { type: 'object' } };
  }

  async check(_config: Record<string, unknown>, _logger: Logger): Promise<CheckResult> {
    return { succeeded: true };
  }

  async open(config: Record<string, unknown>, _catalog: ConfiguredAirbyteCatalog, ctx: WriteContext) {
    this.opened = { config, ctx };
    return this.writer;
  }

  override writeOptions(): WriteOptions {
    return this.options;
  }
}

describe('runWrite', () => {
  it('opens the writer with config and catalog, commits, echoes and closes', async () => {
    const writer = new RecordingWriter();
    const destination = new TestDestination(writer, { batchRecords: 2 });
    const out = captureOutput();
    const catalog = catalogOf('a');
    const result = await runWrite(
      destination,
      { dir: '/x' },
      catalog,
      inputOf(rec('a', { n: 1 }), rec('a', { n: 2 }), rec('a', { n: 3 }), streamState('a', { c: 3 })),
      out.output,
    );
    expect(destination.opened?.config).toEqual({ dir: '/x' });
    expect(destination.opened?.ctx.catalog).toBe(catalog);
    expect(writer.batches.map((b) => b.data.length)).toEqual([2, 1]);
    expect(writer.events.at(-1)).toBe('close');
    expect(out.states().map((s) => s.destinationStats)).toEqual([{ recordCount: 3 }]);
    expect(result).toMatchObject({ recordsReceived: 3, recordsCommitted: 3, statesReceived: 1, statesEchoed: 1 });
    expect(writer.summary?.counts.get('a')).toEqual({ received: 3, committed: 3, rejected: 0 });
    expect(writer.summary?.error).toBeUndefined();
  });

  it('lets the caller override the destination options', async () => {
    const writer = new RecordingWriter();
    const destination = new TestDestination(writer, { batchRecords: 1, invalidRecords: 'skip' });
    const result = await runWrite(
      destination,
      {},
      catalogOf({ name: 'a', schema: { type: 'object', required: ['n'] } }),
      inputOf(rec('a', { n: 1 }), rec('a', {}), rec('a', { n: 3 })),
      captureOutput().output,
      { batchRecords: 10, validateRecords: true, invalidRecords: undefined },
    );
    expect(writer.batches.map((b) => b.data)).toEqual([[{ n: 1 }, { n: 3 }]]);
    expect(result.recordsRejected).toBe(1);
  });
});

describe('state echo', () => {
  it('echoes a state only once the commit of its records resolved', async () => {
    const writer = new RecordingWriter();
    const commit = deferred();
    writer.gate = commit.promise;
    const out = captureOutput();
    const input = new InputFeed();
    const batchStarted = writer.nextBatch();
    const done = runWriter(writer, catalogOf('a'), input, out.output);
    input.push(rec('a', { n: 1 }), streamState('a', { c: 1 }));
    input.end();
    await batchStarted; // input ended: the final flush is waiting for the commit
    await out.settle();
    expect(input.pulled).toBe(2);
    expect(out.states()).toEqual([]);
    commit.resolve();
    await done;
    expect(out.states()).toHaveLength(1);
  });

  it('echoes states in arrival order across streams, even when a later stream commits first', async () => {
    const writer = new RecordingWriter();
    const out = captureOutput();
    // The bound makes b (the larger batch) flush first, while a's state is still waiting.
    const big = 'x'.repeat(400);
    await runWriter(
      writer,
      catalogOf('a', 'b'),
      inputOf(
        rec('a', { n: 1 }),
        streamState('a', { s: 'a1' }),
        rec('b', { big }),
        streamState('b', { s: 'b1' }),
        streamState('a', { s: 'a2' }),
      ),
      out.output,
      { maxBufferedBytes: 300 },
    );
    expect(writer.batches.map((b) => b.stream)).toEqual(['b', 'a']);
    expect(out.states().map((s) => s.stream?.stream_state)).toEqual([{ s: 'a1' }, { s: 'b1' }, { s: 'a2' }]);
  });

  it('echoes the state as received plus destinationStats, nothing else changed', async () => {
    const out = captureOutput();
    const received = {
      type: 'STATE',
      envelopeExtra: { kept: true },
      state: {
        type: 'STREAM',
        stream: { stream_descriptor: { name: 'a', namespace: 'ns' }, stream_state: { cursor: '2024-01-01' }, more: 1 },
        sourceStats: { recordCount: 2 },
        id: 42,
        futureField: ['x', { y: null }],
      },
    };
    await runWriter(
      new RecordingWriter(),
      catalogOf({ name: 'a', namespace: 'ns' }),
      inputOf(rec('a', { n: 1 }, 'ns'), rec('a', { n: 2 }, 'ns'), received),
      out.output,
    );
    const [echoed] = out.stateLines();
    expect(JSON.parse(echoed as string)).toEqual({
      ...received,
      state: { ...received.state, destinationStats: { recordCount: 2 } },
    });
  });

  it('keeps numbers a double cannot hold exactly as they came', async () => {
    const out = captureOutput();
    const line =
      '{"type":"STATE","state":{"type":"STREAM","stream":{"stream_descriptor":{"name":"a"},"stream_state":{"id":123456789012345678901234567890}},"id":9007199254740993}}';
    await runWriter(new RecordingWriter(), catalogOf('a'), inputOf(line), out.output);
    expect(out.stateLines()).toEqual([
      '{"type":"STATE","state":{"type":"STREAM","stream":{"stream_descriptor":{"name":"a"},"stream_state":{"id":123456789012345678901234567890}},"id":9007199254740993,"destinationStats":{"recordCount":0}}}',
    ]);
  });

  it('counts records per stream since the previous state of that stream', async () => {
    const out = captureOutput();
    await runWriter(
      new RecordingWriter(),
      catalogOf('a', 'b'),
      inputOf(
        rec('a', {}),
        rec('a', {}),
        rec('b', {}),
        streamState('a', { s: 'a1' }),
        rec('b', {}),
        streamState('b', { s: 'b1' }),
        rec('a', {}),
        streamState('a', { s: 'a2' }),
        streamState('a', { s: 'a3' }),
      ),
      out.output,
      { batchRecords: 2 },
    );
    expect(out.states().map((s) => [s.stream?.stream_state, s.destinationStats])).toEqual([
      [{ s: 'a1' }, { recordCount: 2 }],
      [{ s: 'b1' }, { recordCount: 2 }],
      [{ s: 'a2' }, { recordCount: 1 }],
      [{ s: 'a3' }, { recordCount: 0 }],
    ]);
  });

  it('counts all records since the previous GLOBAL or LEGACY state, and waits for every stream', async () => {
    const out = captureOutput();
    const writer = new RecordingWriter();
    await runWriter(
      writer,
      catalogOf('a', 'b'),
      inputOf(
        rec('a', {}),
        rec('b', {}),
        rec('a', {}),
        globalState({ lsn: 1 }),
        rec('b', {}),
        globalState({ lsn: 2 }),
        { type: 'STATE', state: { data: { legacy: true } } },
      ),
      out.output,
      { batchRecords: 2 },
    );
    expect(out.states().map((s) => s.destinationStats)).toEqual([
      { recordCount: 3 },
      { recordCount: 1 },
      { recordCount: 0 },
    ]);
    expect(out.states()[0]?.global?.shared_state).toEqual({ lsn: 1 });
  });
});

describe('stream status', () => {
  it('commits a stream on COMPLETE, then calls streamComplete, and lists it in the summary', async () => {
    const writer = new RecordingWriter();
    const input = new InputFeed();
    // A long interval: only the COMPLETE may flush a while the test looks.
    const done = runWriter(writer, catalogOf('a', 'b', 'c'), input, captureOutput().output, {
      flushIntervalMs: 60_000,
    });
    input.push(rec('a', { n: 1 }), rec('b', { n: 1 }), status('a', 'STARTED'), status('a', 'COMPLETE'));
    await until(() => writer.events.includes('complete a'), 'the COMPLETE of a');
    // a's record was committed first; b's is still buffered.
    expect(writer.events).toEqual(['batch a 1', 'complete a']);
    input.push(status('b', 'INCOMPLETE'), status('zzz', 'COMPLETE'), status('a', 'COMPLETE'));
    input.end();
    const result = await done;
    expect(writer.events).toEqual(['batch a 1', 'complete a', 'batch b 1', 'close']);
    expect(writer.summary?.completedStreams.map((s) => s.stream.name)).toEqual(['a']);
    expect(result.completedStreams.map((s) => s.stream.name)).toEqual(['a']);
  });
});

describe('input', () => {
  it('logs lines that are not Airbyte messages with their number, ignores them and LOG messages', async () => {
    const writer = new RecordingWriter();
    const out = captureOutput();
    const result = await runWriter(
      writer,
      catalogOf('a'),
      inputOf(
        'not json',
        rec('a', { n: 1 }),
        '{"type":"RECORD"}',
        '{"type":"NOPE","nope":{}}',
        { type: 'LOG', log: { level: 'ERROR', message: 'from the source' } },
        '   ',
        rec('a', { n: 2 }),
        streamState('a', {}),
      ),
      out.output,
    );
    expect(result.invalidLines).toBe(3);
    expect(writer.batches).toEqual([{ stream: 'a', data: [{ n: 1 }, { n: 2 }] }]);
    expect(out.states().map((s) => s.destinationStats)).toEqual([{ recordCount: 2 }]);
    const ignored = out.warnings().filter((w) => w.startsWith('Ignored line'));
    expect(ignored.map((w) => Number(/^Ignored line (\d+)/.exec(w)?.[1]))).toEqual([1, 3, 4]);
  });

  it('reads no further while a commit is pending', async () => {
    const writer = new RecordingWriter();
    const commit = deferred();
    writer.gate = commit.promise;
    const input = new InputFeed();
    const started = writer.nextBatch();
    const done = runWriter(writer, catalogOf('a'), input, captureOutput().output, { batchRecords: 2 });
    input.push(...Array.from({ length: 10 }, (_, n) => rec('a', { n })));
    input.end();
    await started;
    await new Promise((resolve) => setImmediate(resolve));
    expect(input.pulled).toBe(2);
    writer.gate = undefined;
    commit.resolve();
    const result = await done;
    expect(input.pulled).toBe(10);
    expect(result.recordsCommitted).toBe(10);
  });
});
