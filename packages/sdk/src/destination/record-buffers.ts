import type { AirbyteRecordMessage, ConfiguredAirbyteStream } from '../protocol/generated.js';

/** The records of one stream taken for a commit, with their sequence numbers. */
export interface TakenBatch {
  readonly key: string;
  readonly stream: ConfiguredAirbyteStream;
  readonly records: readonly AirbyteRecordMessage[];
  /** Sequence number of each record, by index. */
  readonly seqs: readonly number[];
}

interface StreamBuffer {
  readonly stream: ConfiguredAirbyteStream;
  records: AirbyteRecordMessage[];
  seqs: number[];
  bytes: number;
}

/**
 * Records waiting for a commit, one buffer per stream, each record with its sequence number.
 * A buffer is removed when taken and created again by the next record, so the map's order is
 * the order of each buffer's oldest record: the first buffer holds the oldest record of all.
 * A taken batch counts as uncommitted until {@link settle}, so no state past it is released
 * while it is in flight, nor ever if its commit fails.
 */
export class RecordBuffers {
  private readonly buffers = new Map<string, StreamBuffer>();
  private inFlight: { key: string; firstSeq: number } | undefined;
  private bufferedBytes = 0;
  private bufferedRecords = 0;

  /** Characters of JSON buffered over all streams. */
  get totalBytes(): number {
    return this.bufferedBytes;
  }

  /** Records buffered over all streams. */
  get totalRecords(): number {
    return this.bufferedRecords;
  }

  /** Adds a record; returns its stream's record and byte counts after it. */
  add(
    key: string,
    stream: ConfiguredAirbyteStream,
    record: AirbyteRecordMessage,
    seq: number,
    bytes: number,
  ): { records: number; bytes: number } {
    let buffer = this.buffers.get(key);
    if (buffer === undefined) {
      buffer = { stream, records: [], seqs: [], bytes: 0 };
      this.buffers.set(key, buffer);
    }
    buffer.records.push(record);
    buffer.seqs.push(seq);
    buffer.bytes += bytes;
    this.bufferedBytes += bytes;
    this.bufferedRecords++;
    return { records: buffer.records.length, bytes: buffer.bytes };
  }

  /** Removes and returns a stream's records, marking them in flight; undefined when it has none. */
  take(key: string): TakenBatch | undefined {
    const buffer = this.buffers.get(key);
    if (buffer === undefined) return undefined;
    if (this.inFlight !== undefined) throw new Error('a batch is already in flight');
    this.buffers.delete(key);
    this.bufferedBytes -= buffer.bytes;
    this.bufferedRecords -= buffer.records.length;
    this.inFlight = { key, firstSeq: buffer.seqs[0] as number };
    return { key, stream: buffer.stream, records: buffer.records, seqs: buffer.seqs };
  }

  /** The batch in flight is committed. */
  settle(): void {
    this.inFlight = undefined;
  }

  /** Sequence number of the oldest uncommitted record of a stream (Infinity when none). */
  firstUncommitted(key: string): number {
    if (this.inFlight?.key === key) return this.inFlight.firstSeq;
    return this.buffers.get(key)?.seqs[0] ?? Number.POSITIVE_INFINITY;
  }

  /** Sequence number of the oldest uncommitted record of all (Infinity when none). */
  oldestUncommitted(): number {
    // The first buffer holds the oldest buffered record; the batch in flight may be older.
    const first = this.buffers.values().next().value;
    const oldestBuffered = first?.seqs[0] ?? Number.POSITIVE_INFINITY;
    return Math.min(oldestBuffered, this.inFlight?.firstSeq ?? Number.POSITIVE_INFINITY);
  }

  /** Keys of the streams with buffered records, oldest record first. */
  keysByAge(): string[] {
    return [...this.buffers.keys()];
  }

  /** Key of the stream buffering the most bytes. */
  largest(): string | undefined {
    let largestKey: string | undefined;
    let largestBytes = -1;
    for (const [key, buffer] of this.buffers) {
      if (buffer.bytes > largestBytes) {
        largestKey = key;
        largestBytes = buffer.bytes;
      }
    }
    return largestKey;
  }
}
