import type { AirbyteError } from '../errors/airbyte-error.js';
import type { ConnectorContext, Logger } from '../io/connector-output.js';
import type {
  AirbyteRecordMessage,
  ConfiguredAirbyteCatalog,
  ConfiguredAirbyteStream,
  ConnectorSpecification,
  DestinationCatalog,
} from '../protocol/generated.js';
import type { CheckResult } from '../source/source.js';

/** Records of one stream, in arrival order, handed to the destination to commit. */
export interface RecordBatch {
  readonly stream: ConfiguredAirbyteStream;
  readonly records: readonly AirbyteRecordMessage[];
}

/** A record the destination refused, by its index in the batch, and why. */
export interface RejectedRecord {
  readonly index: number;
  readonly reason: string;
}

/** What committing a batch gave: records refused, if any (the others are committed). */
export interface BatchOutcome {
  readonly rejected?: readonly RejectedRecord[];
}

/** Records of one stream in a write: received, committed by the writer, and rejected (by the runtime or the writer). */
export interface StreamWriteCounts {
  readonly received: number;
  readonly committed: number;
  readonly rejected: number;
}

/** The end of a write: which streams the platform reported COMPLETE, the counts, and whether it failed. */
export interface WriteSummary {
  /** Streams that received a COMPLETE status, every record before it committed. */
  readonly completedStreams: readonly ConfiguredAirbyteStream[];
  /** Counts by stream key (`streamKey` from the config module: the name, or namespace and name). */
  readonly counts: ReadonlyMap<string, StreamWriteCounts>;
  /**
   * Set when the write stopped on an error. `close` must then only release resources: records
   * after the last echoed state may be missing, and no stream beyond `completedStreams` finished.
   */
  readonly error?: AirbyteError;
}

/** What `open` receives besides the config. */
export interface WriteContext {
  readonly logger: Logger;
  readonly catalog: ConfiguredAirbyteCatalog;
}

/**
 * The destination side of one `write`: it commits batches durably. The runtime calls
 * `writeBatch` one batch at a time, echoes a state only after every record before it was
 * committed, and calls `streamComplete` when a COMPLETE status arrives for a stream.
 */
export interface DestinationWriter {
  /** Commits the records durably before resolving; returns the ones refused. */
  writeBatch(batch: RecordBatch): Promise<BatchOutcome | undefined>;
  /** The platform reported this stream COMPLETE and all its records are committed: act on it (e.g. delete rows a full refresh no longer saw). */
  streamComplete?(stream: ConfiguredAirbyteStream): Promise<void>;
  /**
   * The write is over: input ended and everything was flushed, or it failed (`summary.error`).
   * Called once, also after a failure, so the writer can release what it holds.
   */
  close?(summary: WriteSummary): Promise<void>;
}

/** What to do with a record that fails validation or that the writer refuses. */
export type InvalidRecordStrategy = 'fail' | 'skip';

/** How the runtime batches records and treats invalid ones. */
export interface WriteOptions {
  /** Flush a stream's batch at this many records (default 1000). */
  batchRecords?: number;
  /** Flush a stream's batch at about this many bytes of JSON (default 4 MiB). */
  batchBytes?: number;
  /** Flush every batch at least this often, in ms (default 5000). */
  flushIntervalMs?: number;
  /** Bound on buffered bytes over all streams; the largest batch flushes first (default 32 MiB). */
  maxBufferedBytes?: number;
  /** `fail` stops the write with an error; `skip` counts and reports the record and goes on (default `fail`). */
  invalidRecords?: InvalidRecordStrategy;
  /** Validate every record against its stream's JSON schema in the catalog (default false). */
  validateRecords?: boolean;
}

/**
 * A destination connector: spec, check, and a writer per `write`.
 *
 * @typeParam C - the config type, as the spec describes it.
 */
export abstract class Destination<C = Record<string, unknown>> {
  readonly type = 'destination' as const;
  /** Connector name, for `--help` and logs. */
  abstract readonly name: string;
  /** Connector version, for `--version`. */
  readonly version: string = '0.0.0';

  /** The connection specification, with `supported_destination_sync_modes`. */
  abstract spec(): ConnectorSpecification | Promise<ConnectorSpecification>;

  /** Tries the config against the target; see {@link Source.check}. */
  abstract check(config: C, ctx: ConnectorContext): Promise<CheckResult>;

  /**
   * Optional: what the destination can write (`discover` prints it as a DESTINATION_CATALOG), for
   * destinations whose objects the platform maps streams onto.
   */
  discover?(config: C, ctx: ConnectorContext): Promise<DestinationCatalog>;

  /** Opens a writer for one `write` run. */
  abstract open(config: C, catalog: ConfiguredAirbyteCatalog, ctx: WriteContext): Promise<DestinationWriter>;

  /** Batching and invalid-record handling for this config. */
  writeOptions(_config: C): WriteOptions {
    return {};
  }
}
