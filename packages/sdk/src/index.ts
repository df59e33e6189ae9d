// Public API of @faros-ce/sdk. Named exports only: what is not listed here is internal.

export { main } from './cli/main.js';
export type { RunOptions } from './cli/run-connector.js';
export { runConnector } from './cli/run-connector.js';
export type { InputState, StreamStateBlob } from './config/input-state.js';
export { emptyInputState, parseInputState, streamKey } from './config/input-state.js';
export type { JsonSchema } from './config/json-schema.js';
export { MASK, SecretMasker } from './config/secret-masker.js';
export { secretValuesOf } from './config/spec-secrets.js';
export type { ConfigProblem } from './config/validate-config.js';
export { configProblems, validateConfig } from './config/validate-config.js';
export type {
  BatchOutcome,
  DestinationWriter,
  InvalidRecordStrategy,
  RecordBatch,
  RejectedRecord,
  ResolvedWriteOptions,
  StreamWriteCounts,
  WriteContext,
  WriteOptions,
  WriteResult,
  WriteSummary,
} from './destination/index.js';
export {
  DEFAULT_WRITE_OPTIONS,
  Destination,
  echoStateLine,
  resolveWriteOptions,
  runWrite,
  runWriter,
} from './destination/index.js';
export type { AirbyteErrorOptions } from './errors/airbyte-error.js';
export {
  AirbyteError,
  configError,
  systemError,
  toAirbyteError,
  transientError,
} from './errors/airbyte-error.js';
export type {
  ClassifyContext,
  CursorPaginatorOptions,
  ErrorClassifier,
  HttpAuth,
  HttpClient,
  HttpClientOptions,
  HttpMethod,
  HttpOutcome,
  HttpRequest,
  HttpResponse,
  OffsetPaginatorOptions,
  Page,
  PageNumberPaginatorOptions,
  PageOptions,
  Paginator,
  ParamLocation,
  QueryParams,
  QueryValue,
  RateLimitListener,
  RequestHook,
  RequestOptions,
  Resolution,
  ResolutionAction,
  ResponseField,
  RetryOptions,
  Send,
} from './http/index.js';
export {
  CursorPaginator,
  createHttpClient,
  DEFAULT_RETRY,
  defaultClassifier,
  isQuotaExhausted,
  isSecretName,
  LinkHeaderPaginator,
  OffsetPaginator,
  PageNumberPaginator,
  parseLinkHeader,
  rateLimitWaitMs,
  retryAfterMs,
  SinglePage,
  safeUrl,
} from './http/index.js';
export type { ConnectorContext, Logger, LogLevel } from './io/connector-output.js';
export { ConnectorOutput } from './io/connector-output.js';
export type { LineReaderOptions } from './io/line-reader.js';
export { LineReader } from './io/line-reader.js';
export type { LineSink } from './io/line-sink.js';
export type { MessageWriterOptions } from './io/message-writer.js';
export { MessageWriter } from './io/message-writer.js';
export { installOutputGuards } from './io/output-guards.js';
export type * from './protocol/generated.js';
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
export {
  analyticsTraceMessage,
  catalogMessage,
  connectionStatusMessage,
  controlConfigMessage,
  destinationCatalogMessage,
  errorTraceMessage,
  estimateTraceMessage,
  logMessage,
  PAYLOAD_FIELD,
  recordMessage,
  specMessage,
  streamDescriptor,
  streamStateMessage,
  streamStatusMessage,
} from './protocol/messages.js';
export type { ParseResult } from './protocol/parse.js';
export { ProtocolError, parseMessage, parseMessageOrThrow } from './protocol/parse.js';
export { serializeMessage } from './protocol/serialize.js';
export type { ProtocolDefinition } from './protocol/validate.js';
export {
  parseConfiguredCatalog,
  validateConfiguredCatalog,
  validateEnvelope,
  validateProtocolValue,
} from './protocol/validate.js';
export { toAirbyteStream } from './source/airbyte-stream.js';
export type { ResolvedStream } from './source/configured-catalog.js';
export { resolveConfiguredCatalog } from './source/configured-catalog.js';
export type { ReadSourceOptions, ReadSourceResult } from './source/read-source.js';
export { readSource } from './source/read-source.js';
export type { StreamReadResult } from './source/read-stream.js';
export type { CheckResult } from './source/source.js';
export { Source } from './source/source.js';
export type { ParentSlice, ReadContext, SliceContext, StreamEstimate, StreamSlice } from './source/stream.js';
export { compareCursorValues, Stream, valueAt } from './source/stream.js';
export type { StreamActivity } from './source/stream-activity.js';
export { currentStreamActivity, withStreamActivity } from './source/stream-activity.js';
