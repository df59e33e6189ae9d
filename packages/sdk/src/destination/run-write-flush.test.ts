import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWriter } from './run-write.js';
import {
  captureOutput,
  catalogOf,
  deferred,
  InputFeed,
  inputOf,
  RecordingWriter,
  rec,
  streamState,
  until,
} from './write-test-kit.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('batching', () => {
  it('flushes a stream when its batch reaches batchRecords', async () => {
    const writer = new RecordingWriter();
    const records = Array.from({ length: 5 }, (_, n) => rec('a', { n }));
    await runWriter(writer, catalogOf('a'), inputOf(...records), captureOutput().output, { batchRecords: 2 });
    expect(writer.batches.map((b) => b.data.map((d) => d.n))).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('flushes a stream when its batch reaches batchBytes', async () => {
    const writer = new RecordingWriter();
    const pad = 'p'.repeat(100);
    const records = Array.from({ length: 5 }, (_, n) => rec('a', { n, pad }));
    const lineLength = JSON.stringify(records[0]).length;
    await runWriter(writer, catalogOf('a'), inputOf(...records), captureOutput().output, {
      batchBytes: lineLength * 2,
    });
    expect(writer.batches.map((b) => b.data.length)).toEqual([2, 2, 1]);
  });

  it('keeps buffered bytes over all streams under maxBufferedBytes, flushing the largest batch first', async () => {
    const writer = new RecordingWriter();
    const line = (stream: string, size: number) => rec(stream, { pad: 'p'.repeat(size) });
    await runWriter(
      writer,
      catalogOf('a', 'b', 'c'),
      inputOf(line('a', 100), line('b', 300), line('c', 50), line('a', 100)),
      captureOutput().output,
      { maxBufferedBytes: 700 },
    );
    // The fourth record takes the total over 700: b (the largest) goes, a and c wait for the end.
    expect(writer.batches.map((b) => [b.stream, b.data.length])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 1],
    ]);
  });

  it('flushes on time while input is idle, and echoes the state then', async () => {
    const writer = new RecordingWriter();
    const out = captureOutput();
    const input = new InputFeed();
    const done = runWriter(writer, catalogOf('a'), input, out.output, { flushIntervalMs: 10 });
    input.push(rec('a', { n: 1 }), streamState('a', { c: 1 }));
    await until(() => out.states().length === 1, 'the state echoed by a timed flush');
    expect(writer.batches).toEqual([{ stream: 'a', data: [{ n: 1 }] }]);
    expect(input.pulled).toBe(2);
    // A second round: the timer is armed again by new records.
    input.push(rec('a', { n: 2 }), streamState('a', { c: 2 }));
    await until(() => out.states().length === 2, 'the second timed flush');
    input.end();
    await done;
    expect(writer.batches.map((b) => b.data)).toEqual([[{ n: 1 }], [{ n: 2 }]]);
  });

  it('runs a flush that came due during a commit as soon as the commit is done', async () => {
    // Fake clock: the test decides when the flush timer fires, and a re-armed one never does.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const writer = new RecordingWriter();
      const commit = deferred();
      writer.gate = commit.promise;
      const input = new InputFeed();
      const started = writer.nextBatch();
      const done = runWriter(writer, catalogOf('a', 'b'), input, captureOutput().output, {
        batchRecords: 2,
        flushIntervalMs: 10,
      });
      // b's record arms the timer; a's second record starts a commit that the test holds.
      input.push(rec('b', { n: 1 }), rec('a', { n: 1 }), rec('a', { n: 2 }));
      await started;
      vi.advanceTimersByTime(10);
      expect(writer.batches.map((b) => b.stream)).toEqual(['a']);
      writer.gate = undefined;
      commit.resolve();
      await turnsUntil(() => writer.batches.length === 2);
      expect(writer.batches.map((b) => b.stream)).toEqual(['a', 'b']);
      input.end();
      await done;
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves no timer behind: every flush timer is unref-ed and cleared at the end', async () => {
    const created: NodeJS.Timeout[] = [];
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const handle = realSetTimeout(fn, ms);
      if (ms === 987_654) created.push(handle);
      return handle;
    }) as typeof setTimeout);
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    await runWriter(new RecordingWriter(), catalogOf('a'), inputOf(rec('a', {})), captureOutput().output, {
      flushIntervalMs: 987_654,
    });
    expect(created).toHaveLength(1);
    expect(created[0]?.hasRef()).toBe(false);
    expect(cleared).toHaveBeenCalledWith(created[0]);
  });
});

// Polls on setImmediate turns, which the fake clock leaves alone.
async function turnsUntil(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((resolve) => setImmediate(resolve));
}
