// Test support for the destination runtime's tests (not exported): a captured stdout, an input
// fed line by line, and a writer that records what it is asked to do.
import { PassThrough } from 'node:stream';
import { SecretMasker } from '../config/secret-masker.js';
import { ConnectorOutput } from '../io/connector-output.js';
import { MessageWriter } from '../io/message-writer.js';
import type {
  AirbyteLogMessage,
  AirbyteRecordMessage,
  AirbyteStateMessage,
  ConfiguredAirbyteCatalog,
  ConfiguredAirbyteStream,
} from '../protocol/generated.js';
import type { Message } from '../protocol/messages.js';
import { parseMessageOrThrow } from '../protocol/parse.js';
import type { BatchOutcome, DestinationWriter, RecordBatch, RejectedRecord, WriteSummary } from './destination.js';

/** A ConnectorOutput writing to a PassThrough, and what came out of it. */
export function captureOutput() {
  const sink = new PassThrough();
  const lines: string[] = [];
  let partial = '';
  sink.setEncoding('utf8');
  sink.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  const output = new ConnectorOutput(new MessageWriter(sink), new SecretMasker());
  const messages = (): Message[] => lines.map((line) => parseMessageOrThrow(line));
  return {
    output,
    lines,
    messages,
    stateLines: (): string[] => lines.filter((line) => parseMessageOrThrow(line).type === 'STATE'),
    states: (): AirbyteStateMessage[] =>
      messages().flatMap((m) => (m.type === 'STATE' ? [m.state as AirbyteStateMessage] : [])),
    warnings: (): string[] =>
      messages().flatMap((m) =>
        m.type === 'LOG' && (m.log as AirbyteLogMessage).level === 'WARN' ? [(m.log as AirbyteLogMessage).message] : [],
      ),
    /** Lets the writer's chunk timer and the PassThrough deliver what was written. */
    settle: async (): Promise<void> => {
      await output.flush();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** Input pushed by the test, pulled by the runtime; it tells how many lines were pulled. */
export class InputFeed implements AsyncIterable<string> {
  pulled = 0;
  private readonly queue: string[] = [];
  private ended = false;
  private wake: (() => void) | undefined;
  private idleWaiters: (() => void)[] = [];

  push(...messages: (string | object)[]): void {
    for (const m of messages) this.queue.push(typeof m === 'string' ? m : JSON.stringify(m));
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  /** Resolves when the runtime waits for a line and none is queued. */
  idle(): Promise<void> {
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for (;;) {
      const line = this.queue.shift();
      if (line !== undefined) {
        this.pulled++;
        yield `${line}\n`;
        continue;
      }
      if (this.ended) return;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}

/** An input that yields these messages, one per line, then ends. */
export async function* inputOf(...messages: (string | object)[]): AsyncGenerator<string> {
  for (const m of messages) yield `${typeof m === 'string' ? m : JSON.stringify(m)}\n`;
}

/** A manually resolved promise. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A writer that records batches and events; commits can be held, records refused, batches failed. */
export class RecordingWriter implements DestinationWriter {
  readonly batches: { stream: string; data: Record<string, unknown>[] }[] = [];
  readonly events: string[] = [];
  summary: WriteSummary | undefined;
  /** When set, each commit waits for it. */
  gate: Promise<void> | undefined;
  /** Decides which records to refuse, and why. */
  refuse: ((record: AirbyteRecordMessage) => string | undefined) | undefined;
  /** Decides which batch to fail (by its number, from 1). */
  failBatch: ((n: number) => Error | undefined) | undefined;
  private batchWaiters: (() => void)[] = [];

  /** Resolves when the writer receives its next batch. */
  nextBatch(): Promise<void> {
    return new Promise((resolve) => this.batchWaiters.push(resolve));
  }

  async writeBatch(batch: RecordBatch): Promise<BatchOutcome | undefined> {
    const n = this.batches.length + 1;
    this.batches.push({ stream: batch.stream.stream.name, data: batch.records.map((r) => r.data) });
    this.events.push(`batch ${batch.stream.stream.name} ${batch.records.length}`);
    for (const resolve of this.batchWaiters.splice(0)) resolve();
    if (this.gate) await this.gate;
    const error = this.failBatch?.(n);
    if (error) throw error;
    const rejected: RejectedRecord[] = [];
    batch.records.forEach((record, index) => {
      const reason = this.refuse?.(record);
      if (reason !== undefined) rejected.push({ index, reason });
    });
    return rejected.length > 0 ? { rejected } : undefined;
  }

  async streamComplete(stream: ConfiguredAirbyteStream): Promise<void> {
    this.events.push(`complete ${stream.stream.name}`);
  }

  async close(summary: WriteSummary): Promise<void> {
    this.events.push('close');
    this.summary = summary;
  }
}

/** A catalog of append streams; a stream `{name, schema}` gets that JSON schema. */
export function catalogOf(...streams: (string | { name: string; namespace?: string; schema?: object })[]) {
  return {
    streams: streams.map((s) => {
      const spec = typeof s === 'string' ? { name: s } : s;
      const stream: ConfiguredAirbyteStream['stream'] = {
        name: spec.name,
        json_schema: (spec.schema as Record<string, unknown>) ?? { type: 'object' },
        supported_sync_modes: ['full_refresh'],
      };
      if (spec.namespace !== undefined) stream.namespace = spec.namespace;
      return { stream, sync_mode: 'full_refresh', destination_sync_mode: 'append' };
    }),
  } satisfies ConfiguredAirbyteCatalog;
}

/** A RECORD message object. */
export function rec(stream: string, data: Record<string, unknown>, namespace?: string) {
  const record: Record<string, unknown> = { stream, data, emitted_at: 1 };
  if (namespace !== undefined) record.namespace = namespace;
  return { type: 'RECORD', record };
}

/** A STREAM state message object; `extra` fields go into the state. */
export function streamState(stream: string, blob: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    type: 'STATE',
    state: { type: 'STREAM', stream: { stream_descriptor: { name: stream }, stream_state: blob }, ...extra },
  };
}

/** A GLOBAL state message object. */
export function globalState(shared: Record<string, unknown>) {
  return { type: 'STATE', state: { type: 'GLOBAL', global: { shared_state: shared, stream_states: [] } } };
}

/** A TRACE STREAM_STATUS message object. */
export function status(stream: string, value: 'STARTED' | 'RUNNING' | 'COMPLETE' | 'INCOMPLETE') {
  return {
    type: 'TRACE',
    trace: {
      type: 'STREAM_STATUS',
      emitted_at: 1,
      stream_status: { stream_descriptor: { name: stream }, status: value },
    },
  };
}

/** Waits until `check` holds, polling each turn of the event loop (no wall-clock assertions). */
export async function until(check: () => boolean, what: string, turns = 5000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`timed out waiting for ${what}`);
}
