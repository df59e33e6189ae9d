import type { AirbyteStateMessage } from '@faros-ce/sdk';
import { descriptorKey } from './state-store.js';

/** Per-stream figures of one attempt. */
export interface StreamCounts {
  /** Source stream name (without prefix). */
  readonly stream: string;
  recordsRead: number;
  recordsWritten: number;
  recordsRejected: number;
  statesEmitted: number;
  statesCommitted: number;
  apiCalls: number | undefined;
  rateLimitWaits: number;
  /** The last status the source reported (STARTED, RUNNING, COMPLETE, INCOMPLETE). */
  status: string | undefined;
  /** Epoch ms of the stream's first and latest message from the source (its time in this attempt). */
  firstAt: number | undefined;
  lastAt: number | undefined;
}

/** What the harness knows about a state it sent: for checking the destination's echo. */
export interface SentState {
  readonly id: number;
  /** `namespace/name` of the stream, or `*` for a GLOBAL or LEGACY state. */
  readonly scope: string;
  /** Records the harness counted before it since the scope's previous state. */
  readonly counted: number;
}

/**
 * Counts records per stream between states, as Airbyte's platform does, and gives each STATE its
 * `id`: the destination must echo it, and the counts are compared with the source's `sourceStats`
 * and the destination's `destinationStats`.
 */
export class PipeCounts {
  readonly streams = new Map<string, StreamCounts>();
  readonly mismatches: string[] = [];
  private readonly sinceState = new Map<string, number>();
  private readonly sent = new Map<number, SentState>();
  private readonly lastEchoed = new Map<string, number>();
  private nextId: number;

  constructor(firstId: number) {
    this.nextId = firstId;
  }

  /** The figures of a stream, created on first use. */
  stream(name: string, namespace?: string): StreamCounts {
    const key = descriptorKey({ name, namespace });
    let counts = this.streams.get(key);
    if (counts === undefined) {
      counts = {
        stream: name,
        recordsRead: 0,
        recordsWritten: 0,
        recordsRejected: 0,
        statesEmitted: 0,
        statesCommitted: 0,
        apiCalls: undefined,
        rateLimitWaits: 0,
        status: undefined,
        firstAt: undefined,
        lastAt: undefined,
      };
      this.streams.set(key, counts);
    }
    return counts;
  }

  /** Notes that the source said something about a stream now (a record, a status, a state). */
  touch(counts: StreamCounts, now: number = Date.now()): void {
    counts.firstAt ??= now;
    counts.lastAt = now;
  }

  record(name: string, namespace?: string): void {
    const key = descriptorKey({ name, namespace });
    const counts = this.stream(name, namespace);
    counts.recordsRead++;
    // Date.now() per record would cost more than the rest; every 256th is precise enough.
    if ((counts.recordsRead & 0xff) === 1) this.touch(counts);
    this.sinceState.set(key, (this.sinceState.get(key) ?? 0) + 1);
  }

  /** Registers a source STATE; returns the id to attach. */
  sourceState(state: AirbyteStateMessage): number {
    const id = this.nextId++;
    let scope = '*';
    let counted = 0;
    if (state.type === 'STREAM' && state.stream) {
      const d = state.stream.stream_descriptor;
      scope = descriptorKey(d);
      counted = this.sinceState.get(scope) ?? 0;
      this.sinceState.set(scope, 0);
      const counts = this.stream(d.name, d.namespace);
      counts.statesEmitted++;
      this.touch(counts);
    } else {
      for (const n of this.sinceState.values()) counted += n;
      this.sinceState.clear();
    }
    const claimed = state.sourceStats?.recordCount;
    if (typeof claimed === 'number' && claimed !== counted) {
      this.mismatches.push(`state ${id} (${scope}): the source counted ${claimed} records, the harness ${counted}`);
    }
    this.sent.set(id, { id, scope, counted });
    return id;
  }

  /**
   * Checks an echoed state (prefix already removed) and counts it as committed. Returns a problem
   * that must fail the attempt (an unknown id), or undefined.
   */
  echoedState(state: AirbyteStateMessage): string | undefined {
    const id = (state as { id?: unknown }).id;
    if (typeof id !== 'number') return 'the destination echoed a state without the id the harness gave it';
    const sent = this.sent.get(id);
    if (sent === undefined) return `the destination echoed state ${id}, which the harness never sent`;
    this.sent.delete(id);
    const previous = this.lastEchoed.get(sent.scope);
    if (previous !== undefined && previous > id) {
      return `the destination echoed state ${id} after state ${previous} of the same stream (out of order)`;
    }
    this.lastEchoed.set(sent.scope, id);
    const written = state.destinationStats?.recordCount;
    if (typeof written === 'number' && written !== sent.counted) {
      this.mismatches.push(
        `state ${id} (${sent.scope}): the harness sent ${sent.counted} records, the destination counted ${written}`,
      );
    }
    const rejected = state.destinationStats?.rejectedRecordCount ?? 0;
    if (state.type === 'STREAM' && state.stream) {
      const d = state.stream.stream_descriptor;
      const counts = this.stream(d.name, d.namespace);
      counts.statesCommitted++;
      counts.recordsWritten += (typeof written === 'number' ? written : sent.counted) - rejected;
      counts.recordsRejected += rejected;
    }
    return undefined;
  }

  /**
   * Counts records after each stream's last state as written: called when the destination exited 0,
   * which means it committed everything it received (a source may end a stream without a state
   * after its last records, e.g. when that state would repeat the previous one).
   */
  flushTrailing(): void {
    for (const [key, n] of this.sinceState) {
      const counts = this.streams.get(key);
      if (counts !== undefined) counts.recordsWritten += n;
    }
    this.sinceState.clear();
  }

  /** The id the next state would get (the next attempt continues from it). */
  get nextStateId(): number {
    return this.nextId;
  }

  /** States sent but never echoed. */
  get unechoed(): number {
    return this.sent.size;
  }
}
