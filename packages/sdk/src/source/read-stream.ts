import type { StreamStateBlob } from '../config/input-state.js';
import { RecordValidator } from '../config/record-validator.js';
import { type AirbyteError, stackOf, systemError, toAirbyteError } from '../errors/airbyte-error.js';
import type { ConnectorOutput } from '../io/connector-output.js';
import {
  analyticsTraceMessage,
  controlConfigMessage,
  errorTraceMessage,
  estimateTraceMessage,
  streamDescriptor,
  streamStateMessage,
  streamStatusMessage,
} from '../protocol/messages.js';
import { BoundedQueue } from './bounded-queue.js';
import type { ResolvedStream } from './configured-catalog.js';
import type { SliceContext, StreamSlice } from './stream.js';
import { type StreamActivity, withStreamActivity } from './stream-activity.js';
import { StreamState } from './stream-state.js';

/** How the runtime reads streams. */
export interface StreamReadOptions<C> {
  readonly config: C;
  readonly output: ConnectorOutput;
  /** Keyed slices read at once (default 1). */
  readonly concurrency: number;
  /** Validate every record against its stream schema (debug/test switch). */
  readonly validateRecords: boolean;
  /** Items the slice readers may queue ahead of the writer (default 1000). */
  readonly queueCapacity?: number;
  /** Names of every stream the configured catalog selected (default: this stream alone). */
  readonly selectedStreams?: ReadonlySet<string>;
}

/** What reading one stream gave. */
export interface StreamReadResult {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly records: number;
  readonly states: number;
  readonly apiCalls: number;
  readonly error: AirbyteError | undefined;
}

interface SliceRun {
  readonly key: string | undefined;
  readonly bookmark: unknown;
  max: unknown;
  /** A checkpoint is due: it is taken before the next record whose cursor is above `max`. */
  checkpointDue?: boolean;
  /** The cursor the slice asked to commit (`setCursor`), when it did. */
  cursor?: { readonly value: unknown };
  /** The memo the slice asked to save (`setMemo`), when it did. */
  memo?: { readonly value: unknown };
  count: number;
}

type Item =
  | { kind: 'record'; run: SliceRun; data: Record<string, unknown> }
  | { kind: 'done'; run: SliceRun }
  | { kind: 'failed'; error: unknown }
  | { kind: 'rateLimited'; until: number };

/**
 * Reads one configured stream: STARTED, RUNNING on the first record, records, STREAM states with
 * `sourceStats.recordCount`, then COMPLETE — or, on failure, an error trace and INCOMPLETE, with
 * no state after the failure. Slice readers feed one bounded queue; this function is its only
 * consumer, so records, counts and states leave in one consistent order.
 */
export async function readStream<C>(
  resolved: ResolvedStream<C>,
  savedState: StreamStateBlob | undefined,
  options: StreamReadOptions<C>,
): Promise<StreamReadResult> {
  const { stream, syncMode, cursorField } = resolved;
  const { output } = options;
  const descriptor = streamDescriptor(stream.name, stream.namespace);
  const incremental = syncMode === 'incremental';
  const compare = (a: unknown, b: unknown): number => stream.compareCursor(a, b);
  const saved = new StreamState(incremental ? savedState : undefined, cursorField, compare);
  const state = new StreamState(incremental ? savedState : undefined, cursorField, compare);
  const validator = options.validateRecords ? new RecordValidator(stream.jsonSchema) : undefined;
  const queue = new BoundedQueue<Item>(options.queueCapacity ?? 1000);
  const abort = new AbortController();
  let apiCalls = 0;

  const emit = async (message: Parameters<ConnectorOutput['emit']>[0]): Promise<void> => {
    await output.emit(message);
  };
  await emit(streamStatusMessage(descriptor, 'STARTED'));

  const sliceContext: SliceContext<C> = {
    config: options.config,
    syncMode,
    logger: output,
    signal: abort.signal,
    selectedStreams: options.selectedStreams ?? new Set([stream.name]),
    savedCursor: (key?: string) => saved.bookmark(key),
    savedMemoOf: (key: string) => saved.memo(key),
    analytics: (type, value) => void output.emit(analyticsTraceMessage(type, value)),
    updateConfig: (config) => void output.emit(controlConfigMessage(config as Record<string, unknown>)),
  };
  const activity: StreamActivity = {
    stream: descriptor,
    // Through the queue, so the status keeps its place after the records read before the wait.
    rateLimited: (until) => void queue.push({ kind: 'rateLimited', until }),
    apiCall: () => {
      apiCalls++;
    },
  };

  if (stream.estimate) {
    try {
      const estimate = await withStreamActivity(activity, () => stream.estimate?.(sliceContext));
      if (estimate) {
        await emit(
          estimateTraceMessage({
            name: stream.name,
            namespace: stream.namespace,
            rows: estimate.rows,
            bytes: estimate.bytes,
          }),
        );
      }
    } catch (error) {
      output.warn(`Could not estimate stream ${stream.name}`, error);
    }
  }

  const readSlice = async (slice: StreamSlice): Promise<void> => {
    const run: SliceRun = { key: slice.key, bookmark: saved.bookmark(slice.key), max: undefined, count: 0 };
    try {
      const setCursor = (value: unknown): void => {
        run.cursor = { value };
      };
      const savedMemo = (): unknown => (slice.key === undefined ? undefined : saved.memo(slice.key));
      const setMemo = (value: unknown): void => {
        run.memo = { value };
      };
      const readContext = { ...sliceContext, slice, bookmark: run.bookmark, setCursor, savedMemo, setMemo };
      for await (const data of stream.read(readContext)) {
        if (abort.signal.aborted) return;
        await queue.push({ kind: 'record', run, data });
      }
      await queue.push({ kind: 'done', run });
    } catch (error) {
      await queue.push({ kind: 'failed', error });
    }
  };

  const produce = async (): Promise<void> => {
    const inFlight = new Set<Promise<void>>();
    try {
      for await (const slice of stream.slices(sliceContext)) {
        if (abort.signal.aborted) break;
        if (slice.key !== undefined && options.concurrency > 1) {
          const task = readSlice(slice).finally(() => inFlight.delete(task));
          inFlight.add(task);
          while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
        } else {
          // Unkeyed slices share one cursor: they run alone and in order.
          await Promise.all(inFlight);
          await readSlice(slice);
        }
      }
      await Promise.all(inFlight);
    } catch (error) {
      await Promise.all(inFlight);
      await queue.push({ kind: 'failed', error });
    }
  };
  const producer = withStreamActivity(activity, produce).finally(() => queue.close());

  const recordPrefix = `{"type":"RECORD","record":{${
    stream.namespace === undefined ? '' : `"namespace":${JSON.stringify(stream.namespace)},`
  }"stream":${JSON.stringify(stream.name)},"data":`;
  let failure: AirbyteError | undefined;
  let running = false;
  let sinceState = 0;
  let records = 0;
  let states = 0;
  let lastState: string | undefined;

  const emitStateIfChanged = async (): Promise<void> => {
    const snapshot = state.snapshot();
    const serialized = JSON.stringify(snapshot);
    // Two identical consecutive states are refused by the platform; records since carry over.
    if (serialized === lastState) return;
    await emit(streamStateMessage(descriptor, snapshot, sinceState));
    lastState = serialized;
    sinceState = 0;
    states++;
  };

  for (let item = await queue.pop(); item !== undefined; item = await queue.pop()) {
    if (failure) continue; // drain what readers queued before they saw the abort
    if (item.kind === 'failed') {
      failure = toAirbyteError(item.error, descriptor);
      abort.abort();
      continue;
    }
    if (item.kind === 'rateLimited') {
      await emit(streamStatusMessage(descriptor, 'RUNNING', item.until));
      continue;
    }
    const run = item.run;
    if (item.kind === 'done') {
      state.commit(run.key, run.cursor ? run.cursor.value : run.max);
      if (incremental && run.key !== undefined && run.memo) state.setMemo(run.key, run.memo.value);
      await emitStateIfChanged();
      continue;
    }
    const data = item.data;
    const cursorValue = cursorField ? stream.cursorValue(data, cursorField) : undefined;
    if (incremental && run.bookmark !== undefined && cursorValue != null && compare(cursorValue, run.bookmark) < 0) {
      continue; // older than the saved cursor: the API returned more than asked
    }
    if (validator) {
      const problems = validator.problems(data);
      if (problems !== undefined) {
        failure = systemError(`A record of stream ${stream.name} does not match the stream's schema: ${problems}`, {
          stream: descriptor,
        });
        abort.abort();
        continue;
      }
    }
    // A due checkpoint waits for a record past the last cursor value, so it never splits records
    // that share one: a sorted stream's saved cursor then covers every record at or below it.
    if (run.checkpointDue && cursorValue != null && run.max !== undefined && compare(cursorValue, run.max) > 0) {
      run.checkpointDue = false;
      state.commit(run.key, run.max);
      await emitStateIfChanged();
    }
    if (!running) {
      running = true;
      await emit(streamStatusMessage(descriptor, 'RUNNING'));
    }
    const pending = output.emitRecordLine(`${recordPrefix}${JSON.stringify(data)},"emitted_at":${Date.now()}}}`);
    if (pending) await pending;
    sinceState++;
    records++;
    run.count++;
    if (cursorValue != null && (run.max === undefined || compare(cursorValue, run.max) > 0)) run.max = cursorValue;
    if (stream.sortedByCursor && run.count % stream.checkpointInterval === 0) run.checkpointDue = true;
  }
  await producer;

  if (failure) {
    await emit(
      errorTraceMessage({
        message: `Stream ${stream.name} failed: ${failure.message}`,
        failureType: failure.failureType,
        internalMessage: failure.internalMessage,
        stackTrace: stackOf(failure.cause ?? failure),
        stream: descriptor,
      }),
    );
    await emit(streamStatusMessage(descriptor, 'INCOMPLETE'));
  } else {
    // Every stream ends with a state, even one that read nothing.
    if (lastState === undefined) await emitStateIfChanged();
    await emit(streamStatusMessage(descriptor, 'COMPLETE'));
  }
  return { name: stream.name, namespace: stream.namespace, records, states, apiCalls, error: failure };
}
