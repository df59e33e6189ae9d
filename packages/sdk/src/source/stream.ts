import type { JsonSchema } from '../config/json-schema.js';
import type { Logger } from '../io/connector-output.js';
import type { SyncMode } from '../protocol/generated.js';

/**
 * A unit of work within a stream: a repository, a project, a date window. A slice with a `key`
 * gets its own cursor in the stream's state (`{[key]: {cursor}}`), may run concurrently with
 * other keyed slices, and resumes on its own. Slices without a key share one cursor and run in order.
 */
export interface StreamSlice {
  /** Partition key: makes the slice's cursor separate from the others'. */
  readonly key?: string;
  readonly [field: string]: unknown;
}

/** What a stream's `slices` receives. */
export interface SliceContext<C> {
  readonly config: C;
  readonly syncMode: SyncMode;
  readonly logger: Logger;
  /** Aborted when the stream fails or the sync stops: long waits should give up. */
  readonly signal: AbortSignal;
  /**
   * The names of every stream this read's configured catalog selected, this one included. Lets a
   * stream fetch its siblings' data in the request it makes anyway (one query for several streams),
   * or leave out of a request what no selected stream needs.
   */
  readonly selectedStreams: ReadonlySet<string>;
  /**
   * The cursor value saved for a slice key (no key: the stream's shared cursor) when the sync
   * started, in incremental mode; undefined otherwise. Useful to build date-window slices.
   */
  savedCursor(sliceKey?: string): unknown;
  /**
   * The memo a keyed slice saved when it last completed (see `ReadContext.setMemo`), by key, in
   * incremental mode; undefined otherwise. Lets `slices` plan work, e.g. group into one request only
   * the slices whose memo shows they have something to read.
   */
  savedMemoOf(sliceKey: string): unknown;
  /** Emits an ANALYTICS trace: a static event type and an optional value. */
  analytics(type: string, value?: string): void;
  /**
   * Asks the platform to persist an updated config (a CONTROL message), e.g. after the service
   * rotated a token. Fields are merged over the stored config by the platform.
   */
  updateConfig(config: C): void;
}

/** What a stream's `read` receives for one slice. */
export interface ReadContext<C, S extends StreamSlice = StreamSlice> extends SliceContext<C> {
  /** The slice to read. */
  readonly slice: S;
  /**
   * Incremental syncs: the cursor value this slice resumes from (read records whose cursor is at
   * or after it). Undefined in full refresh, or when the slice has no saved state.
   */
  readonly bookmark: unknown;
  /**
   * Sets the cursor value committed when this slice completes, in place of the highest cursor among
   * its records. For APIs whose newest records may still change: a source that emits a build still
   * running sets the cursor to that build, so the next sync reads it again once finished. The saved
   * cursor never moves back; the last call wins; streams sorted by cursor still checkpoint mid-slice
   * at the highest cursor read so far.
   */
  setCursor(value: unknown): void;
  /**
   * Incremental syncs, keyed slices: the memo this slice saved last time it completed (see
   * `setMemo`); undefined otherwise.
   */
  savedMemo(): unknown;
  /**
   * Sets one extra JSON value kept with a keyed slice's state (under the reserved `_memo` property of
   * `{"<key>": {...}}`), e.g. an HTTP ETag for a conditional request next time. It is saved only when
   * the slice completes (never when it fails, never at a mid-slice checkpoint) and only in incremental
   * mode; the last call wins; when never called, the saved memo is kept. Ignored for unkeyed slices.
   */
  setMemo(value: unknown): void;
}

/** How far a stream's read is expected to go, for ESTIMATE traces. */
export interface StreamEstimate {
  rows?: number;
  bytes?: number;
}

/**
 * One stream of a source. Declare its name, schema, primary key and (for incremental) its cursor
 * field; implement `read` to yield records for a slice. The runtime does the rest: stream status,
 * state, record counts, checkpoints, error isolation.
 *
 * @example
 * class Employees extends Stream<Config> {
 *   readonly name = 'employees';
 *   readonly jsonSchema = { type: 'object', properties: { id: { type: 'integer' }, updated_at: { type: 'string' } } };
 *   readonly primaryKey = [['id']];
 *   readonly cursorField = ['updated_at'];
 *   async *read(ctx: ReadContext<Config>) {
 *     yield* api.employees({ since: ctx.bookmark });
 *   }
 * }
 */
export abstract class Stream<C = unknown, S extends StreamSlice = StreamSlice> {
  /** The stream's name, unique within the source. */
  abstract readonly name: string;
  /** JSON schema of the records. */
  abstract readonly jsonSchema: JsonSchema;
  /** Namespace, if the source has them. */
  readonly namespace: string | undefined = undefined;
  /** Primary key: a list of field paths. Empty when the stream has none. */
  readonly primaryKey: readonly (readonly string[])[] = [];
  /** Path of the cursor field. When set, the stream supports incremental syncs and the cursor is source-defined. */
  readonly cursorField: readonly string[] | undefined = undefined;
  /**
   * True when `read` yields the records of a slice in ascending cursor order. Then the runtime
   * checkpoints every `checkpointInterval` records, never between two records with the same cursor
   * value (the checkpoint waits for the next higher one), so a saved cursor covers every record at
   * or below it; otherwise only when a slice completes, so a failure never moves the cursor past
   * records not yet read.
   */
  readonly sortedByCursor: boolean = false;
  /** Records between checkpoints for streams sorted by cursor. */
  readonly checkpointInterval: number = 1000;
  /**
   * A parent stream: by default, each of its records becomes one slice of this stream, keyed by
   * its primary key, with the record under `parent`.
   */
  readonly parent: Stream<C> | undefined = undefined;

  /** The slices to read. Default: one unkeyed slice, or one slice per parent record. */
  slices(ctx: SliceContext<C>): AsyncIterable<S> | Iterable<S> {
    return this.parent ? (parentRecordSlices(this.parent, ctx) as AsyncIterable<S>) : [{} as S];
  }

  /** Records of one slice. */
  abstract read(ctx: ReadContext<C, S>): AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>;

  /** An estimate of what a read will yield, emitted as an ESTIMATE trace before reading. */
  estimate?(ctx: SliceContext<C>): Promise<StreamEstimate | undefined>;

  /**
   * The record's cursor value as the runtime compares and saves it. Default: the value at
   * `cursorField`. Override to keep the cursor in another form than the record's, e.g. epoch
   * milliseconds for a date string in a service's own format.
   */
  cursorValue(record: Record<string, unknown>, cursorField: readonly string[]): unknown {
    return valueAt(record, cursorField);
  }

  /**
   * Orders two cursor values: numbers numerically, date-like strings by time, other strings by
   * code point. Override for cursors of another kind.
   */
  compareCursor(a: unknown, b: unknown): number {
    return compareCursorValues(a, b);
  }
}

/** A slice made from one record of a parent stream. */
export interface ParentSlice<P = Record<string, unknown>> extends StreamSlice {
  readonly key: string;
  readonly parent: P;
}

async function* parentRecordSlices<C>(parent: Stream<C>, ctx: SliceContext<C>): AsyncGenerator<ParentSlice> {
  const parentCtx = { ...ctx, syncMode: 'full_refresh' as const };
  for await (const slice of parent.slices(parentCtx)) {
    const setCursor = (): void => {}; // the parent is read in full refresh: no cursor to keep
    for await (const record of parent.read({
      ...parentCtx,
      slice,
      bookmark: undefined,
      setCursor,
      savedMemo: () => undefined,
      setMemo: () => {},
    })) {
      const keyParts = parent.primaryKey.map((path) => valueAt(record, path));
      const key = keyParts.length > 0 ? keyParts.map((v) => String(v ?? '')).join('|') : JSON.stringify(record);
      yield { key, parent: record };
    }
  }
}

/** The value at a field path of a record, or undefined. */
export function valueAt(record: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** The default cursor order; see {@link Stream.compareCursor}. */
export function compareCursorValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    if (DATE_LIKE.test(a) && DATE_LIKE.test(b)) {
      const ta = Date.parse(a);
      const tb = Date.parse(b);
      if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
