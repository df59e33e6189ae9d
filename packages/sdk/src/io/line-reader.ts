import { systemError } from '../errors/airbyte-error.js';

/** Options for {@link LineReader}. */
export interface LineReaderOptions {
  /**
   * Longest line accepted, in bytes (default 512 MiB). A longer line fails the read instead of
   * growing the buffer without bound.
   */
  maxLineBytes?: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const DEFAULT_MAX_LINE_BYTES = 512 * 1024 * 1024;

/**
 * Splits a byte stream into lines as it arrives: LF or CRLF endings, blank lines skipped.
 * It pulls one chunk at a time, so a slow consumer pauses the producer; it holds at most one
 * chunk plus the unfinished line. `lineNumber` is the 1-based number of the line last yielded.
 *
 * @example
 * const reader = new LineReader(process.stdin);
 * for await (const line of reader) handle(line, reader.lineNumber);
 */
export class LineReader implements AsyncIterable<string> {
  /** Number of the line last yielded, counting blank lines too. */
  lineNumber = 0;
  private readonly maxLineBytes: number;

  constructor(
    private readonly input: AsyncIterable<Buffer | string>,
    options: LineReaderOptions = {},
  ) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    const max = this.maxLineBytes;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of this.input) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let start = 0;
      let end = buffer.indexOf(NEWLINE, start);
      while (end !== -1) {
        this.lineNumber++;
        let text: string;
        if (pendingBytes > 0) {
          const total = pendingBytes + end - start;
          const lastByte = end > start ? buffer[end - 1] : lastByteOf(pending);
          // Checked before joining, so a too-long line is never copied whole.
          if (total - (lastByte === CARRIAGE_RETURN ? 1 : 0) > max) throw this.tooLong(this.lineNumber);
          pending.push(buffer.subarray(start, end));
          text = this.decode(Buffer.concat(pending, total), 0, total);
          pending = [];
          pendingBytes = 0;
        } else {
          text = this.decode(buffer, start, end);
        }
        if (!isBlank(text)) yield text;
        start = end + 1;
        end = buffer.indexOf(NEWLINE, start);
      }
      if (start < buffer.length) {
        pendingBytes += buffer.length - start;
        // One byte of slack: the unfinished line may still end in a CR that is not part of it.
        if (pendingBytes > max + 1) throw this.tooLong(this.lineNumber + 1);
        pending.push(start === 0 ? buffer : buffer.subarray(start));
      }
    }
    if (pendingBytes > 0) {
      this.lineNumber++;
      const text = this.decode(Buffer.concat(pending, pendingBytes), 0, pendingBytes);
      if (!isBlank(text)) yield text;
    }
  }

  /** The line between `start` and `end` without a trailing CR, checked against the bound. */
  private decode(buffer: Buffer, start: number, end: number): string {
    const stop = end > start && buffer[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
    if (stop - start > this.maxLineBytes) throw this.tooLong(this.lineNumber);
    return buffer.toString('utf8', start, stop);
  }

  private tooLong(lineNumber: number): Error {
    return systemError(`line ${lineNumber} is longer than the ${this.maxLineBytes} bytes a line may have`);
  }
}

function lastByteOf(chunks: readonly Buffer[]): number | undefined {
  const last = chunks[chunks.length - 1];
  return last === undefined ? undefined : last[last.length - 1];
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  // Fast path: a JSON line starts with '{'; only otherwise scan for content.
  return first !== 0x7b && text.trim().length === 0;
}
