/** Which records a state covers: one stream's (STREAM) or every stream's (GLOBAL, LEGACY). */
export type StateScope = { readonly kind: 'stream'; readonly key: string } | { readonly kind: 'all' };

/** A state ready to echo: its line as received and the counts to add as `destinationStats`. */
export interface ReleasedState {
  readonly line: string;
  readonly recordCount: number;
  readonly rejectedRecordCount: number;
}

/** Whether every record of `scope` numbered `upTo` or less is committed. */
export type CommittedThrough = (scope: StateScope, upTo: number) => boolean;

interface PendingState {
  readonly line: string;
  readonly scope: StateScope;
  /** Sequence number of the last record received before the state. */
  readonly upTo: number;
  readonly recordCount: number;
  rejected: number;
}

interface Tally {
  received: number;
  rejected: number;
}

/**
 * Holds the states received and not yet echoed, in arrival order, and counts records between
 * states: per stream for STREAM states, over all streams for GLOBAL and LEGACY ones. Records are
 * numbered by one sequence across streams; a state remembers the last number before it, and it is
 * released once the caller says every record of its scope up to that number is committed. Only
 * the head is ever released, so echoes keep arrival order across streams.
 */
export class StateLedger {
  private queue: PendingState[] = [];
  private head = 0;
  private readonly sinceStreamState = new Map<string, Tally>();
  private sinceGlobalState: Tally = { received: 0, rejected: 0 };
  private heldBytes = 0;

  /** Characters of the state lines held. */
  get pendingBytes(): number {
    return this.heldBytes;
  }

  /** Number of states held. */
  get pendingCount(): number {
    return this.queue.length - this.head;
  }

  /** A record of stream `key` arrived. */
  recordReceived(key: string): void {
    this.tally(key).received++;
    this.sinceGlobalState.received++;
  }

  /**
   * The record numbered `seq` of stream `key` was rejected: it counts in the first state of each
   * scope that comes after it, which may already be held (the writer rejects at commit time).
   */
  recordRejected(key: string, seq: number): void {
    let countedForStream = false;
    let countedForAll = false;
    for (let i = this.head; i < this.queue.length && !(countedForStream && countedForAll); i++) {
      const pending = this.queue[i] as PendingState;
      if (pending.upTo < seq) continue;
      if (pending.scope.kind === 'stream') {
        if (!countedForStream && pending.scope.key === key) {
          pending.rejected++;
          countedForStream = true;
        }
      } else if (!countedForAll) {
        pending.rejected++;
        countedForAll = true;
      }
    }
    if (!countedForStream) this.tally(key).rejected++;
    if (!countedForAll) this.sinceGlobalState.rejected++;
  }

  /** A state arrived after record number `upTo`; it takes the counts since the previous state of its scope. */
  add(line: string, scope: StateScope, upTo: number): void {
    let tally: Tally;
    if (scope.kind === 'stream') {
      tally = this.tally(scope.key);
      this.sinceStreamState.delete(scope.key);
    } else {
      tally = this.sinceGlobalState;
      this.sinceGlobalState = { received: 0, rejected: 0 };
    }
    this.queue.push({ line, scope, upTo, recordCount: tally.received, rejected: tally.rejected });
    this.heldBytes += line.length;
  }

  /** Takes the states at the head whose records are all committed, oldest first. */
  release(committedThrough: CommittedThrough): ReleasedState[] {
    const released: ReleasedState[] = [];
    while (this.head < this.queue.length) {
      const pending = this.queue[this.head] as PendingState;
      if (!committedThrough(pending.scope, pending.upTo)) break;
      this.head++;
      this.heldBytes -= pending.line.length;
      released.push({ line: pending.line, recordCount: pending.recordCount, rejectedRecordCount: pending.rejected });
    }
    // Drop released entries when the queue empties, or now and then: shifting is linear.
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return released;
  }

  private tally(key: string): Tally {
    let tally = this.sinceStreamState.get(key);
    if (tally === undefined) {
      tally = { received: 0, rejected: 0 };
      this.sinceStreamState.set(key, tally);
    }
    return tally;
  }
}
