// Public API of the destination runtime. The package's src/index.ts re-exports what it chooses.

export type {
  BatchOutcome,
  DestinationWriter,
  InvalidRecordStrategy,
  RecordBatch,
  RejectedRecord,
  StreamWriteCounts,
  WriteContext,
  WriteOptions,
  WriteSummary,
} from './destination.js';
export { Destination } from './destination.js';
export { echoStateLine } from './echo-state-line.js';
export { runWrite, runWriter } from './run-write.js';
export type { WriteResult } from './write-counts.js';
export type { ResolvedWriteOptions } from './write-options.js';
export { DEFAULT_WRITE_OPTIONS, resolveWriteOptions } from './write-options.js';
