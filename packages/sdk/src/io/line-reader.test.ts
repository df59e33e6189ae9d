import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { AirbyteError } from '../errors/airbyte-error.js';
import { LineReader } from './line-reader.js';

async function* chunksOf(...chunks: (string | Buffer)[]): AsyncGenerator<Buffer | string> {
  for (const chunk of chunks) yield chunk;
}

/** Every line with the line number the reader reports for it. */
async function collect(input: AsyncIterable<Buffer | string>, maxLineBytes?: number): Promise<[number, string][]> {
  const reader = new LineReader(input, maxLineBytes === undefined ? {} : { maxLineBytes });
  const lines: [number, string][] = [];
  for await (const line of reader) lines.push([reader.lineNumber, line]);
  return lines;
}

/** The bytes of `text` cut into pieces of `size` bytes, which may split UTF-8 characters. */
function byteChunks(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}

describe('LineReader', () => {
  it('splits LF and CRLF endings and strips the CR', async () => {
    expect(await collect(chunksOf('{"a":1}\r\n{"b":2}\n{"c":3}\r\n'))).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [3, '{"c":3}'],
    ]);
  });

  it('keeps a CR that is not at the end of the line', async () => {
    expect(await collect(chunksOf('a\rb\n'))).toEqual([[1, 'a\rb']]);
  });

  it('strips a CR whose LF arrives in the next chunk', async () => {
    expect(await collect(chunksOf('one\r', '\ntwo\r', '\n'))).toEqual([
      [1, 'one'],
      [2, 'two'],
    ]);
  });

  it('skips blank and whitespace-only lines but counts them in line numbers', async () => {
    const lines = await collect(chunksOf('\n{"a":1}\n\r\n   \n\t\r\n{"b":2}\n\n'));
    expect(lines).toEqual([
      [2, '{"a":1}'],
      [6, '{"b":2}'],
    ]);
  });

  it('joins a line split across many chunks', async () => {
    const line = JSON.stringify({ text: 'x'.repeat(5000), n: 1 });
    const chunks = byteChunks(`${line}\n${line}\n`, 7);
    expect(chunks.length).toBeGreaterThan(1000);
    expect(await collect(chunksOf(...chunks))).toEqual([
      [1, line],
      [2, line],
    ]);
  });

  it('decodes multi-byte UTF-8 characters split across chunks', async () => {
    const text = '{"s":"é€😀中文 ∑"}\n{"t":"🎉🎉"}\n';
    // One byte at a time splits every multi-byte character; sizes 2 and 3 split them at other offsets.
    for (const size of [1, 2, 3, 5]) {
      expect(await collect(chunksOf(...byteChunks(text, size))), `chunks of ${size}`).toEqual([
        [1, '{"s":"é€😀中文 ∑"}'],
        [2, '{"t":"🎉🎉"}'],
      ]);
    }
  });

  it('accepts string chunks', async () => {
    expect(await collect(chunksOf('{"a":', '"€"}\n{"b":1}'))).toEqual([
      [1, '{"a":"€"}'],
      [2, '{"b":1}'],
    ]);
  });

  it('yields a last line that has no newline', async () => {
    expect(await collect(chunksOf('{"a":1}\n{"b"', ':2}'))).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
    ]);
    expect(await collect(chunksOf('only\r'))).toEqual([[1, 'only']]);
  });

  it('yields nothing for empty input', async () => {
    expect(await collect(chunksOf())).toEqual([]);
    expect(await collect(chunksOf('', '\n', '\r\n'))).toEqual([]);
  });

  it('reads a single line of 100 MiB that arrives in 1 MiB chunks', async () => {
    const MiB = 1024 * 1024;
    const filler = Buffer.alloc(MiB, 'a');
    async function* hugeLine(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"big":"');
      for (let i = 0; i < 100; i++) yield filler;
      yield Buffer.from('"}\n{"after":true}\n');
    }
    const reader = new LineReader(hugeLine());
    const lengths: number[] = [];
    let first = '';
    let last = '';
    for await (const line of reader) {
      lengths.push(line.length);
      if (lengths.length === 1) {
        first = line.slice(0, 10);
        last = line.slice(-4);
      } else last = line;
    }
    expect(lengths).toEqual([100 * MiB + 10, 14]);
    expect(first).toBe('{"big":"aa');
    expect(last).toBe('{"after":true}');
    expect(reader.lineNumber).toBe(2);
  });

  describe('maxLineBytes', () => {
    it('fails with the line number when an unfinished line passes the bound', async () => {
      let pulled = 0;
      async function* endless(): AsyncGenerator<string> {
        yield '{"ok":1}\n\n';
        for (;;) {
          pulled++;
          yield 'x'.repeat(100);
        }
      }
      const reader = new LineReader(endless(), { maxLineBytes: 1000 });
      const seen: string[] = [];
      const error = await (async () => {
        for await (const line of reader) seen.push(line);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AirbyteError);
      expect((error as AirbyteError).failureType).toBe('system_error');
      expect((error as Error).message).toBe('line 3 is longer than the 1000 bytes a line may have');
      expect(seen).toEqual(['{"ok":1}']);
      // It stopped as soon as the bound was passed instead of buffering the endless line.
      expect(pulled).toBe(11);
    });

    it('fails when a too-long line arrives whole in one chunk', async () => {
      await expect(collect(chunksOf(`{"a":1}\n${'y'.repeat(50)}\n`), 20)).rejects.toThrow(
        'line 2 is longer than the 20 bytes a line may have',
      );
    });

    it('fails when a too-long line ends in a later chunk', async () => {
      await expect(collect(chunksOf('z'.repeat(15), `${'z'.repeat(10)}\n`), 20)).rejects.toThrow(
        'line 1 is longer than the 20 bytes a line may have',
      );
    });

    it('fails on a too-long last line without a newline', async () => {
      await expect(collect(chunksOf('ok\n', 'w'.repeat(21)), 20)).rejects.toThrow(
        'line 2 is longer than the 20 bytes a line may have',
      );
    });

    it('accepts a line of exactly the bound, with or without CRLF, whole or in pieces', async () => {
      const line = 'q'.repeat(20);
      const input = chunksOf(
        `${line}\n`,
        `${line}\r\n`,
        line.slice(0, 5),
        `${line.slice(5)}\r\n`,
        `${line}\r`,
        '\n',
        line,
      );
      expect(await collect(input, 20)).toEqual([
        [1, line],
        [2, line],
        [3, line],
        [4, line],
        [5, line],
      ]);
    });

    it('counts bytes, not characters', async () => {
      // Seven euro signs are 21 bytes of UTF-8.
      await expect(collect(chunksOf(`${'€'.repeat(7)}\n`), 20)).rejects.toThrow('line 1 is longer than the 20 bytes');
      expect(await collect(chunksOf(`${'€'.repeat(6)}\n`), 20)).toEqual([[1, '€'.repeat(6)]]);
    });
  });

  describe('pulls lazily', () => {
    it('does not read ahead of a slow consumer', async () => {
      const linesPerChunk = 10;
      const line = JSON.stringify({ id: 0, pad: 'p'.repeat(80) });
      const chunk = `${line}\n`.repeat(linesPerChunk);
      let producedBytes = 0;
      let consumedBytes = 0;
      let maxAhead = 0;
      async function* producer(): AsyncGenerator<string> {
        for (let i = 0; i < 50; i++) {
          producedBytes += chunk.length;
          maxAhead = Math.max(maxAhead, producedBytes - consumedBytes);
          yield chunk;
        }
      }
      let count = 0;
      for await (const text of new LineReader(producer())) {
        expect(text).toBe(line);
        consumedBytes += text.length + 1;
        count++;
        // A slow consumer: give the producer every chance to run ahead.
        await nextTurn();
      }
      expect(count).toBe(500);
      // Never more than the one chunk being split.
      expect(maxAhead).toBe(chunk.length);
    });

    it('keeps a Readable within its high-water mark while the consumer waits', async () => {
      const highWaterMark = 1024;
      const line = `${JSON.stringify({ v: 'r'.repeat(90) })}\n`;
      let producedBytes = 0;
      let consumedBytes = 0;
      let maxAhead = 0;
      let remaining = 2000;
      const source = new Readable({
        highWaterMark,
        read() {
          // Lines are pushed one per read() call, which the stream makes only when it wants more.
          if (remaining-- === 0) return void this.push(null);
          producedBytes += line.length;
          maxAhead = Math.max(maxAhead, producedBytes - consumedBytes);
          this.push(line);
        },
      });
      let count = 0;
      for await (const text of new LineReader(source)) {
        consumedBytes += text.length + 1;
        count++;
        if (count % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
        else await nextTurn();
      }
      expect(count).toBe(2000);
      // The stream refills its buffer (one high-water mark) while the chunk it handed over (at most
      // another, plus a line) is being split: a few KB, nowhere near the 200 KB produced.
      expect(maxAhead).toBeLessThanOrEqual(2 * highWaterMark + 2 * line.length);
    });

    it('stops the producer when the consumer stops early', async () => {
      let finished = false;
      let pulled = 0;
      async function* producer(): AsyncGenerator<string> {
        try {
          for (;;) {
            pulled++;
            yield '{"a":1}\n{"a":2}\n';
          }
        } finally {
          finished = true;
        }
      }
      for await (const text of new LineReader(producer())) if (text === '{"a":2}') break;
      expect(pulled).toBe(1);
      expect(finished).toBe(true);
    });
  });

  it('passes on an error of the source', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield '{"a":1}\n';
      throw new Error('disk gone');
    }
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const line of new LineReader(failing())) seen.push(line);
      })(),
    ).rejects.toThrow('disk gone');
    expect(seen).toEqual(['{"a":1}']);
  });
});
