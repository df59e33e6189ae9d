// Public API of @faros-ce/sdk. Named exports only: what is not listed here is internal.
export type * from './protocol/generated.js';
export {
  analyticsTraceMessage,
  catalogMessage,
  connectionStatusMessage,
  controlConfigMessage,
  destinationCatalogMessage,
  errorTraceMessage,
  estimateTraceMessage,
  logMessage,
  recordMessage,
  specMessage,
  streamDescriptor,
  streamStateMessage,
  streamStatusMessage,
  PAYLOAD_FIELD,
} from './protocol/messages.js';
export type {
  CatalogMessage,
  ConnectionStatusMessage,
  ControlMessage,
  DestinationCatalogMessage,
  ErrorTraceFields,
  LogMessage,
  Message,
  RecordMessage,
  SpecMessage,
  StateMessage,
  TraceMessage,
} from './protocol/messages.js';
export { parseMessage, parseMessageOrThrow, ProtocolError } from './protocol/parse.js';
export type { ParseResult } from './protocol/parse.js';
export { serializeMessage } from './protocol/serialize.js';
export { validateConfiguredCatalog, validateEnvelope, validateProtocolValue } from './protocol/validate.js';
export type { ProtocolDefinition } from './protocol/validate.js';
export {
  AirbyteError,
  configError,
  systemError,
  toAirbyteError,
  transientError,
} from './errors/airbyte-error.js';
export type { AirbyteErrorOptions } from './errors/airbyte-error.js';
export { LineReader } from './io/line-reader.js';
export type { LineReaderOptions } from './io/line-reader.js';
export { MessageWriter } from './io/message-writer.js';
export type { MessageWriterOptions } from './io/message-writer.js';
export type { LineSink } from './io/line-sink.js';
export { ConnectorOutput } from './io/connector-output.js';
export type { Logger, LogLevel } from './io/connector-output.js';
export { MASK, SecretMasker } from './config/secret-masker.js';
export { secretValuesOf } from './config/spec-secrets.js';
export type { JsonSchema } from './config/json-schema.js';
export { configProblems, validateConfig } from './config/validate-config.js';
export type { ConfigProblem } from './config/validate-config.js';
export { emptyInputState, parseInputState, streamKey } from './config/input-state.js';
export type { InputState, StreamStateBlob } from './config/input-state.js';
export { Source } from './source/source.js';
export type { CheckResult } from './source/source.js';
export { compareCursorValues, Stream, valueAt } from './source/stream.js';
export type { ParentSlice, ReadContext, SliceContext, StreamEstimate, StreamSlice } from './source/stream.js';
export { currentStreamActivity, withStreamActivity } from './source/stream-activity.js';
export type { StreamActivity } from './source/stream-activity.js';
export { Destination } from './destination/destination.js';
export type {
  BatchOutcome,
  DestinationWriter,
  InvalidRecordStrategy,
  RecordBatch,
  RejectedRecord,
  WriteContext,
  WriteOptions,
  WriteSummary,
} from './destination/destination.js';
