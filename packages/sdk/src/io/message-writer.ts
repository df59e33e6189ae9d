import type { Message } from '../protocol/messages.js';
import { serializeMessage } from '../protocol/serialize.js';
import type { LineSink } from './line-sink.js';

/** Options for {@link MessageWriter}. */
export interface MessageWriterOptions {
  /** Lines are gathered into chunks of about this many characters before a write (default 64 KiB). */
  chunkChars?: number;
}

/**
 * Writes one message per line to a sink, honouring backpressure: when the sink's buffer passes its
 * high-water mark, `write` returns a promise that settles on `drain`, and callers await it before
 * producing more. Lines are gathered into chunks, flushed at the latest on the next turn of the
 * event loop, and never reordered.
 */
export class MessageWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private drain: Promise<void> | undefined;
  private flushScheduled = false;
  private failure: Error | undefined;
  private readonly chunkChars: number;

  constructor(
    private readonly sink: LineSink,
    options: MessageWriterOptions = {},
  ) {
    this.chunkChars = options.chunkChars ?? 64 * 1024;
  }

  /** Bytes waiting in the sink plus characters gathered here and not yet handed to it. */
  get bufferedBytes(): number {
    return this.sink.writableLength + this.pendingChars;
  }

  /** Serializes and writes a message. Await the result when it is a promise. */
  write(message: Message): Promise<void> | undefined {
    return this.writeLine(serializeMessage(message));
  }

  /** Writes a line that is already one serialized message (no newline). */
  writeLine(line: string): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    this.pending.push(line, '\n');
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= this.chunkChars) this.writePending();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.writePending();
      });
    }
    return this.drain;
  }

  /** Hands everything gathered to the sink and resolves once the sink has written it. */
  async flush(): Promise<void> {
    this.writePending();
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve, reject) => {
      this.sink.write('', (error) => (error ? reject(error) : resolve()));
    });
    if (this.drain) await this.drain;
  }

  private writePending(): void {
    if (this.pendingChars === 0 || this.failure) return;
    const chunk = this.pending.length === 2 ? `${this.pending[0]}\n` : this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    const accepted = this.sink.write(chunk, (error) => {
      if (error && !this.failure) this.failure = error;
    });
    if (!accepted && !this.drain) this.drain = this.waitForDrain();
  }

  private waitForDrain(): Promise<void> {
    const drained = new Promise<void>((resolve, reject) => {
      const onDrain = (): void => {
        this.sink.removeListener('error', onError);
        this.drain = undefined;
        resolve();
      };
      const onError = (error: unknown): void => {
        this.sink.removeListener('drain', onDrain);
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.drain = undefined;
        reject(this.failure);
      };
      this.sink.once('drain', onDrain);
      this.sink.once('error', onError);
    });
    // A failure is also kept in `failure` and rethrown by the next write, so nobody must await this.
    drained.catch(() => undefined);
    return drained;
  }
}
