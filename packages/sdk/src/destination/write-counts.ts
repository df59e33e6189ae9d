import type { Logger } from '../io/connector-output.js';
import type { ConfiguredAirbyteStream } from '../protocol/generated.js';
import type { StreamWriteCounts } from './destination.js';

/** What a `write` did, in numbers. */
export interface WriteResult {
  readonly recordsReceived: number;
  readonly recordsCommitted: number;
  readonly recordsRejected: number;
  readonly statesReceived: number;
  readonly statesEchoed: number;
  /** Input lines ignored because they were not Airbyte messages. */
  readonly invalidLines: number;
  /** Streams that received a COMPLETE status, in the order they did. */
  readonly completedStreams: readonly ConfiguredAirbyteStream[];
  /** Counts by stream key (`streamKey`: the name, or namespace and name). */
  readonly streams: ReadonlyMap<string, StreamWriteCounts>;
}

interface Counts {
  received: number;
  committed: number;
  rejected: number;
}

/** The counters of one `write`: records per stream, states in and out. */
export class WriteCounts {
  statesReceived = 0;
  statesEchoed = 0;
  private readonly streams = new Map<string, Counts>();

  /** The counters of one stream, created at its first record. */
  of(key: string): Counts {
    let counts = this.streams.get(key);
    if (counts === undefined) {
      counts = { received: 0, committed: 0, rejected: 0 };
      this.streams.set(key, counts);
    }
    return counts;
  }

  /** A copy of the per-stream counters. */
  snapshot(): Map<string, StreamWriteCounts> {
    return new Map([...this.streams].map(([key, counts]) => [key, { ...counts }]));
  }

  /** The totals. */
  result(invalidLines: number, completedStreams: readonly ConfiguredAirbyteStream[]): WriteResult {
    let received = 0;
    let committed = 0;
    let rejected = 0;
    for (const c of this.streams.values()) {
      received += c.received;
      committed += c.committed;
      rejected += c.rejected;
    }
    return {
      recordsReceived: received,
      recordsCommitted: committed,
      recordsRejected: rejected,
      statesReceived: this.statesReceived,
      statesEchoed: this.statesEchoed,
      invalidLines,
      completedStreams,
      streams: this.snapshot(),
    };
  }

  /** Logs the totals: an INFO line, and WARN lines when lines were ignored or records skipped. */
  log(logger: Logger, result: WriteResult): void {
    const r = result;
    logger.info(
      `Write: ${r.recordsReceived} records received, ${r.recordsCommitted} committed, ${r.recordsRejected} skipped; ` +
        `${r.statesEchoed} of ${r.statesReceived} states echoed`,
    );
    if (r.invalidLines > 0) logger.warn(`Ignored ${r.invalidLines} input lines that were not Airbyte messages`);
    if (r.recordsRejected > 0) {
      const byStream = [...this.streams]
        .filter(([, c]) => c.rejected > 0)
        .map(([key, c]) => `${displayKey(key)}: ${c.rejected}`)
        .join(', ');
      logger.warn(`Skipped ${r.recordsRejected} records (${byStream})`);
    }
  }
}

/** A stream key as people read it: `namespace.name`, or the name. */
export function displayKey(key: string): string {
  return key.replace('\u0000', '.');
}
