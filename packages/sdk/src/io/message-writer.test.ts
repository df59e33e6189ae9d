import { PassThrough, Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { logMessage, recordMessage } from '../protocol/messages.js';
import { MessageWriter } from './message-writer.js';

/** A record whose serialized length varies with `i`, all ASCII so characters equal bytes. */
function record(i: number) {
  return recordMessage('pulls', { i, title: `pull ${i}`, body: 'b'.repeat(50 + (i % 7) * 40) }, undefined, 1000 + i);
}

/** A sink that keeps everything written to it; `_write` finishes on a later turn, like a pipe. */
class CollectingSink extends Writable {
  readonly chunks: string[] = [];
  constructor(highWaterMark = 16 * 1024) {
    super({ highWaterMark, decodeStrings: false });
  }
  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    setImmediate(callback);
  }
  get text(): string {
    return this.chunks.join('');
  }
}

function linesOf(text: string): unknown[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('MessageWriter', () => {
  it('keeps its buffer within the sink high-water mark plus one chunk while a slow reader catches up', async () => {
    const highWaterMark = 1024;
    const chunkChars = 512;
    // Both sides of the pipe are small, and nobody reads it until the consumer below starts.
    const pipe = new PassThrough({ highWaterMark, readableHighWaterMark: highWaterMark });
    pipe.pause();
    const writer = new MessageWriter(pipe, { chunkChars });
    const total = 3000;
    const longestLine = Math.max(...Array.from({ length: 7 }, (_, i) => JSON.stringify(record(i)).length + 1));
    const bound = highWaterMark + chunkChars + longestLine;

    let maxBuffered = 0;
    let blocked = 0;
    const received: string[] = [];
    let reading = true;
    // A slow reader: one small read per turn of the event loop.
    const reader = (async () => {
      while (reading || pipe.readableLength > 0 || pipe.writableLength > 0) {
        await nextTurn();
        maxBuffered = Math.max(maxBuffered, writer.bufferedBytes);
        const piece = pipe.read(100) ?? pipe.read();
        if (piece) received.push(piece.toString());
      }
    })();

    for (let i = 0; i < total; i++) {
      const pending = writer.write(record(i));
      maxBuffered = Math.max(maxBuffered, writer.bufferedBytes);
      if (pending) {
        blocked++;
        await pending;
      }
    }
    await writer.flush();
    reading = false;
    await reader;

    const output = linesOf(received.join(''));
    expect(output).toEqual(Array.from({ length: total }, (_, i) => record(i)));
    // The writer did push back, many times, and never let ~600 KB of output pile up.
    expect(blocked).toBeGreaterThan(100);
    expect(maxBuffered).toBeGreaterThan(highWaterMark);
    expect(maxBuffered).toBeLessThanOrEqual(bound);
  });

  it('keeps order when lines go out in many chunks of different sizes', async () => {
    const sink = new CollectingSink(256);
    const writer = new MessageWriter(sink, { chunkChars: 300 });
    const expected: unknown[] = [];
    for (let i = 0; i < 500; i++) {
      const message = i % 10 === 0 ? logMessage('INFO', `log ${i}`) : record(i);
      expected.push(message);
      const pending = i % 3 === 0 ? writer.writeLine(JSON.stringify(message)) : writer.write(message);
      if (pending) await pending;
      if (i % 50 === 0) await nextTurn();
    }
    await writer.flush();
    expect(linesOf(sink.text)).toEqual(expected);
    expect(sink.chunks.length).toBeGreaterThan(10);
  });

  it('gathers lines into chunks instead of one write per line', async () => {
    const sink = new CollectingSink();
    const writer = new MessageWriter(sink, { chunkChars: 64 * 1024 });
    for (let i = 0; i < 100; i++) await writer.write(record(i));
    await writer.flush();
    expect(linesOf(sink.text)).toHaveLength(100);
    expect(sink.chunks.filter((c) => c.length > 0).length).toBeLessThan(5);
  });

  it('flush() hands over and finishes everything gathered, without waiting a turn', async () => {
    const sink = new CollectingSink();
    const writer = new MessageWriter(sink);
    for (let i = 0; i < 10; i++) expect(writer.write(record(i))).toBeUndefined();
    // Below the chunk size nothing has reached the sink yet.
    expect(sink.text).toBe('');
    expect(writer.bufferedBytes).toBeGreaterThan(0);
    await writer.flush();
    expect(linesOf(sink.text)).toEqual(Array.from({ length: 10 }, (_, i) => record(i)));
    expect(writer.bufferedBytes).toBe(0);
  });

  it('flushes gathered lines on the next turn by itself', async () => {
    const sink = new CollectingSink();
    const writer = new MessageWriter(sink);
    writer.write(record(1));
    await nextTurn();
    await nextTurn();
    expect(linesOf(sink.text)).toEqual([record(1)]);
  });

  it('rejects later writes, and flush, once the sink failed', async () => {
    const sink = new Writable({
      write(_chunk, _encoding, callback) {
        setImmediate(() => callback(new Error('EPIPE: reader went away')));
      },
    });
    const events: unknown[] = [];
    sink.on('error', (error) => events.push(error));
    const writer = new MessageWriter(sink);
    writer.write(record(1));
    await expect(writer.flush()).rejects.toThrow();
    const later = writer.write(record(2));
    expect(later).toBeInstanceOf(Promise);
    await expect(later).rejects.toThrow('EPIPE: reader went away');
    await expect(writer.writeLine('{}')).rejects.toThrow('EPIPE: reader went away');
    expect(events).toHaveLength(1);
  });

  it('rejects the pending drain when the sink fails while a producer waits', async () => {
    const sink = new Writable({
      highWaterMark: 64,
      write() {
        // Never completes: the buffer stays above the high-water mark.
      },
    });
    sink.on('error', () => undefined);
    const writer = new MessageWriter(sink, { chunkChars: 16 });
    const waiting = writer.write(record(1));
    expect(waiting).toBeInstanceOf(Promise);
    sink.destroy(new Error('sink broke'));
    await expect(waiting).rejects.toThrow('sink broke');
    await expect(writer.write(record(2))).rejects.toThrow('sink broke');
  });
});
