import { streamKey } from '../config/input-state.js';
import type { AirbyteError } from '../errors/airbyte-error.js';
import { systemError, toAirbyteError } from '../errors/airbyte-error.js';
import type { ConnectorOutput } from '../io/connector-output.js';
import type {
  AirbyteRecordMessage,
  AirbyteStateMessage,
  AirbyteStateStats,
  ConfiguredAirbyteStream,
  StreamDescriptor,
} from '../protocol/generated.js';
import { streamDescriptor } from '../protocol/messages.js';
import { parseMessage } from '../protocol/parse.js';
import { CappedWarnings } from './capped-warnings.js';
import type { BatchOutcome, DestinationWriter, RejectedRecord, WriteSummary } from './destination.js';
import { echoStateLine } from './echo-state-line.js';
import { RecordBuffers } from './record-buffers.js';
import type { RecordChecker } from './record-checker.js';
import type { CommittedThrough, ReleasedState, StateScope } from './state-ledger.js';
import { StateLedger } from './state-ledger.js';
import { displayKey, WriteCounts, type WriteResult } from './write-counts.js';
import type { ResolvedWriteOptions } from './write-options.js';

// Enough WARN lines to diagnose a problem; a flood is only counted.
const WARNING_LIMIT = 100;

/**
 * The state of one `write`: it routes each input line, buffers records per stream, commits
 * batches one at a time through the writer, and echoes states once their records are committed.
 * Its methods return a promise only when they have to wait (a commit or a blocked stdout), so
 * the caller awaits nothing on the common path. The caller serializes the calls.
 */
export class WriteRun {
  private readonly buffers = new RecordBuffers();
  private readonly ledger = new StateLedger();
  private readonly counts = new WriteCounts();
  private readonly completed = new Map<string, ConfiguredAirbyteStream>();
  private readonly rejections: CappedWarnings;
  private readonly invalidLines: CappedWarnings;
  private readonly afterComplete = new Set<string>();
  private seq = 0;
  private readonly committedThrough: CommittedThrough = (scope, upTo) =>
    (scope.kind === 'stream' ? this.buffers.firstUncommitted(scope.key) : this.buffers.oldestUncommitted()) > upTo;

  constructor(
    private readonly writer: DestinationWriter,
    private readonly checker: RecordChecker,
    private readonly output: ConnectorOutput,
    private readonly options: ResolvedWriteOptions,
  ) {
    this.rejections = new CappedWarnings(output, WARNING_LIMIT, 'records skipped');
    this.invalidLines = new CappedWarnings(output, WARNING_LIMIT, 'input lines ignored');
  }

  /** Records buffered and not yet handed to the writer. */
  get bufferedRecords(): number {
    return this.buffers.totalRecords;
  }

  /** Handles one input line; invalid lines are logged and ignored, LOG and other messages ignored. */
  handleLine(line: string, lineNumber: number): Promise<void> | undefined {
    const parsed = parseMessage(line, lineNumber);
    if (!parsed.ok) {
      this.invalidLines.warn(`Ignored line ${lineNumber}, not an Airbyte message: ${parsed.error.reason}`);
      return undefined;
    }
    const message = parsed.message;
    if (message.type === 'RECORD') return this.onRecord(message.record, line.length, lineNumber);
    if (message.type === 'STATE') return this.onState(message.state, line);
    if (message.type === 'TRACE' && message.trace.type === 'STREAM_STATUS') {
      const status = message.trace.stream_status;
      if (status?.status === 'COMPLETE') return this.onComplete(status.stream_descriptor);
    }
    return undefined;
  }

  /** Commits every buffered batch, oldest record first. */
  async flushAll(): Promise<void> {
    for (const key of this.buffers.keysByAge()) await this.flushStream(key);
  }

  /** End of input: commit everything; every state must have been echoed by then. */
  async finish(): Promise<void> {
    await this.flushAll();
    if (this.ledger.pendingCount > 0) {
      throw systemError(`${this.ledger.pendingCount} states were still held after every record was committed`);
    }
  }

  /** What `close` receives. */
  summary(error?: AirbyteError): WriteSummary {
    const counts = this.counts.snapshot();
    const completedStreams = [...this.completed.values()];
    return error === undefined ? { completedStreams, counts } : { completedStreams, counts, error };
  }

  /** The totals. */
  result(): WriteResult {
    return this.counts.result(this.invalidLines.count, [...this.completed.values()]);
  }

  /** Logs the totals. */
  logTotals(): void {
    this.counts.log(this.output, this.result());
  }

  private onRecord(record: AirbyteRecordMessage, bytes: number, lineNumber: number): Promise<void> | undefined {
    const descriptor = streamDescriptor(record.stream, record.namespace ?? undefined);
    const key = streamKey(descriptor);
    const seq = ++this.seq;
    this.counts.of(key).received++;
    this.ledger.recordReceived(key);
    const stream = this.checker.stream(key);
    if (stream === undefined) {
      // Schema drift never fails a sync: a stream the catalog does not name is skipped, whatever the strategy.
      this.reject(key, descriptor, seq, 'its stream is not in the configured catalog', `on line ${lineNumber}`, true);
      return undefined;
    }
    const problem = this.checker.problems(key, record.data);
    if (problem !== undefined) {
      this.reject(key, descriptor, seq, `it does not match the stream schema: ${problem}`, `on line ${lineNumber}`);
      return undefined;
    }
    if (this.completed.has(key) && !this.afterComplete.has(key)) {
      this.afterComplete.add(key);
      this.output.warn(`Stream ${displayKey(key)} has records after its COMPLETE status (line ${lineNumber})`);
    }
    const size = this.buffers.add(key, stream, record, seq, bytes);
    if (size.records >= this.options.batchRecords || size.bytes >= this.options.batchBytes) {
      return this.flushThenBound(key);
    }
    return this.overBound() ? this.enforceBound() : undefined;
  }

  private onState(state: AirbyteStateMessage, line: string): Promise<void> | undefined {
    this.counts.statesReceived++;
    this.ledger.add(line, scopeOf(state), this.seq);
    const echoed = this.release();
    if (!this.overBound()) return echoed;
    return echoed === undefined ? this.enforceBound() : echoed.then(() => this.enforceBound());
  }

  private async onComplete(descriptor: StreamDescriptor): Promise<void> {
    const key = streamKey(descriptor);
    const stream = this.checker.stream(key);
    if (stream === undefined) {
      this.output.warn(`Ignored a COMPLETE status for stream ${displayKey(key)}, which is not in the catalog`);
      return;
    }
    if (this.completed.has(key)) return;
    await this.flushStream(key);
    this.completed.set(key, stream);
    if (this.writer.streamComplete === undefined) return;
    try {
      await this.writer.streamComplete(stream);
    } catch (error) {
      throw toAirbyteError(error, descriptor);
    }
  }

  private async flushThenBound(key: string): Promise<void> {
    await this.flushStream(key);
    await this.enforceBound();
  }

  // Commits one stream's buffer. If the writer throws, or refuses a record under `fail`, the batch
  // stays in flight for good, so no state after it is ever released.
  private async flushStream(key: string): Promise<void> {
    const batch = this.buffers.take(key);
    if (batch === undefined) return;
    const descriptor = streamDescriptor(batch.stream.stream.name, batch.stream.stream.namespace ?? undefined);
    let outcome: BatchOutcome | undefined;
    try {
      outcome = await this.writer.writeBatch({ stream: batch.stream, records: batch.records });
    } catch (error) {
      throw toAirbyteError(error, descriptor);
    }
    const rejected = checkedRejections(outcome, batch.records.length, descriptor);
    for (const r of rejected) {
      const where = `(#${r.index + 1} of a batch of ${batch.records.length})`;
      this.reject(key, descriptor, batch.seqs[r.index] as number, `the destination refused it: ${r.reason}`, where);
    }
    this.buffers.settle();
    this.counts.of(key).committed += batch.records.length - rejected.length;
    await this.release();
  }

  private overBound(): boolean {
    return this.buffers.totalBytes + this.ledger.pendingBytes > this.options.maxBufferedBytes;
  }

  // Over the bound on buffered bytes: commit the largest batches until under it.
  private async enforceBound(): Promise<void> {
    while (this.overBound()) {
      const key = this.buffers.largest();
      if (key === undefined) return;
      await this.flushStream(key);
    }
  }

  private release(): Promise<void> | undefined {
    const states = this.ledger.release(this.committedThrough);
    return states.length === 0 ? undefined : this.echo(states);
  }

  private async echo(states: readonly ReleasedState[]): Promise<void> {
    for (const state of states) {
      const stats: AirbyteStateStats = { recordCount: state.recordCount };
      if (state.rejectedRecordCount > 0) stats.rejectedRecordCount = state.rejectedRecordCount;
      this.counts.statesEchoed++;
      const blocked = this.output.writer.writeLine(echoStateLine(state.line, stats));
      if (blocked) await blocked;
    }
  }

  private reject(
    key: string,
    descriptor: StreamDescriptor,
    seq: number,
    reason: string,
    where: string,
    alwaysSkip = false,
  ): void {
    if (this.options.invalidRecords === 'fail' && !alwaysSkip) {
      throw systemError(`Invalid record ${where} of stream ${displayKey(key)}: ${reason}`, { stream: descriptor });
    }
    this.counts.of(key).rejected++;
    this.ledger.recordRejected(key, seq);
    this.rejections.warn(`Skipped a record ${where} of stream ${displayKey(key)}: ${reason}`);
  }
}

function scopeOf(state: AirbyteStateMessage): StateScope {
  // A STREAM state without its descriptor cannot be scoped: waiting for every stream is safe.
  if (state.type === 'STREAM' && state.stream !== undefined) {
    return { kind: 'stream', key: streamKey(state.stream.stream_descriptor) };
  }
  return { kind: 'all' };
}

// The writer's rejections, checked: indexes inside the batch, each once.
function checkedRejections(
  outcome: BatchOutcome | undefined,
  size: number,
  stream: StreamDescriptor,
): readonly RejectedRecord[] {
  const rejected = outcome?.rejected;
  if (rejected === undefined || rejected.length === 0) return [];
  const seen = new Set<number>();
  const unique: RejectedRecord[] = [];
  for (const r of rejected) {
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= size) {
      throw systemError(`The destination rejected record #${r.index} of a batch of ${size}`, { stream });
    }
    if (seen.has(r.index)) continue;
    seen.add(r.index);
    unique.push(r);
  }
  return unique;
}
