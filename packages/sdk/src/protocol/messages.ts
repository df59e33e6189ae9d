import type {
  AirbyteCatalog,
  AirbyteConnectionStatus,
  AirbyteControlMessage,
  AirbyteLogMessage,
  AirbyteMessage,
  AirbyteRecordMessage,
  AirbyteStateMessage,
  AirbyteStreamStatus,
  AirbyteTraceMessage,
  ConnectorSpecification,
  DestinationCatalog,
  FailureType,
  StreamDescriptor,
} from './generated.js';

/** A RECORD message. */
export type RecordMessage = AirbyteMessage & { type: 'RECORD'; record: AirbyteRecordMessage };
/** A STATE message. */
export type StateMessage = AirbyteMessage & { type: 'STATE'; state: AirbyteStateMessage };
/** A LOG message. */
export type LogMessage = AirbyteMessage & { type: 'LOG'; log: AirbyteLogMessage };
/** A SPEC message. */
export type SpecMessage = AirbyteMessage & { type: 'SPEC'; spec: ConnectorSpecification };
/** A CONNECTION_STATUS message. */
export type ConnectionStatusMessage = AirbyteMessage & {
  type: 'CONNECTION_STATUS';
  connectionStatus: AirbyteConnectionStatus;
};
/** A CATALOG message. */
export type CatalogMessage = AirbyteMessage & { type: 'CATALOG'; catalog: AirbyteCatalog };
/** A TRACE message. */
export type TraceMessage = AirbyteMessage & { type: 'TRACE'; trace: AirbyteTraceMessage };
/** A CONTROL message. */
export type ControlMessage = AirbyteMessage & { type: 'CONTROL'; control: AirbyteControlMessage };
/** A DESTINATION_CATALOG message. */
export type DestinationCatalogMessage = AirbyteMessage & {
  type: 'DESTINATION_CATALOG';
  destination_catalog: DestinationCatalog;
};

/** Any Airbyte message, discriminated by `type`, its payload field present. */
export type Message =
  | RecordMessage
  | StateMessage
  | LogMessage
  | SpecMessage
  | ConnectionStatusMessage
  | CatalogMessage
  | TraceMessage
  | ControlMessage
  | DestinationCatalogMessage;

/** The payload field each message type carries. */
export const PAYLOAD_FIELD = {
  RECORD: 'record',
  STATE: 'state',
  LOG: 'log',
  SPEC: 'spec',
  CONNECTION_STATUS: 'connectionStatus',
  CATALOG: 'catalog',
  TRACE: 'trace',
  CONTROL: 'control',
  DESTINATION_CATALOG: 'destination_catalog',
} as const satisfies Record<Message['type'], string>;

/** A stream descriptor without an absent namespace key, so it serializes compactly. */
export function streamDescriptor(name: string, namespace?: string): StreamDescriptor {
  return namespace === undefined ? { name } : { name, namespace };
}

/** A RECORD message for `stream`, stamped now. */
export function recordMessage(
  stream: string,
  data: Record<string, unknown>,
  namespace?: string,
  emittedAt: number = Date.now(),
): RecordMessage {
  const record: AirbyteRecordMessage =
    namespace === undefined
      ? { stream, data, emitted_at: emittedAt }
      : { namespace, stream, data, emitted_at: emittedAt };
  return { type: 'RECORD', record };
}

/** A STREAM state message; `recordCount` becomes `sourceStats.recordCount`. */
export function streamStateMessage(
  stream: StreamDescriptor,
  streamState: Record<string, unknown>,
  recordCount?: number,
): StateMessage {
  const state: AirbyteStateMessage = {
    type: 'STREAM',
    stream: { stream_descriptor: stream, stream_state: streamState },
  };
  if (recordCount !== undefined) state.sourceStats = { recordCount };
  return { type: 'STATE', state };
}

/** A LOG message. */
export function logMessage(level: AirbyteLogMessage['level'], message: string, stackTrace?: string): LogMessage {
  const log: AirbyteLogMessage =
    stackTrace === undefined ? { level, message } : { level, message, stack_trace: stackTrace };
  return { type: 'LOG', log };
}

/** A SPEC message. */
export function specMessage(spec: ConnectorSpecification): SpecMessage {
  return { type: 'SPEC', spec };
}

/** A CONNECTION_STATUS message. */
export function connectionStatusMessage(status: 'SUCCEEDED' | 'FAILED', message?: string): ConnectionStatusMessage {
  return { type: 'CONNECTION_STATUS', connectionStatus: message === undefined ? { status } : { status, message } };
}

/** A CATALOG message. */
export function catalogMessage(catalog: AirbyteCatalog): CatalogMessage {
  return { type: 'CATALOG', catalog };
}

/** A DESTINATION_CATALOG message. */
export function destinationCatalogMessage(catalog: DestinationCatalog): DestinationCatalogMessage {
  return { type: 'DESTINATION_CATALOG', destination_catalog: catalog };
}

/** Fields of an ERROR trace. */
export interface ErrorTraceFields {
  message: string;
  failureType: FailureType;
  internalMessage?: string;
  stackTrace?: string;
  stream?: StreamDescriptor;
}

/** A TRACE ERROR message. */
export function errorTraceMessage(fields: ErrorTraceFields, emittedAt: number = Date.now()): TraceMessage {
  const error: NonNullable<AirbyteTraceMessage['error']> = {
    message: fields.message,
    failure_type: fields.failureType,
  };
  if (fields.internalMessage !== undefined) error.internal_message = fields.internalMessage;
  if (fields.stackTrace !== undefined) error.stack_trace = fields.stackTrace;
  if (fields.stream !== undefined) error.stream_descriptor = fields.stream;
  return { type: 'TRACE', trace: { type: 'ERROR', emitted_at: emittedAt, error } };
}

/** A TRACE STREAM_STATUS message; `rateLimitedUntil` (epoch ms) adds a RATE_LIMITED reason. */
export function streamStatusMessage(
  stream: StreamDescriptor,
  status: AirbyteStreamStatus,
  rateLimitedUntil?: number,
  emittedAt: number = Date.now(),
): TraceMessage {
  const streamStatus: NonNullable<AirbyteTraceMessage['stream_status']> = { stream_descriptor: stream, status };
  if (rateLimitedUntil !== undefined) {
    streamStatus.reasons = [{ type: 'RATE_LIMITED', rate_limited: { quota_reset: Math.round(rateLimitedUntil) } }];
  }
  return { type: 'TRACE', trace: { type: 'STREAM_STATUS', emitted_at: emittedAt, stream_status: streamStatus } };
}

/** A TRACE ESTIMATE message for one stream (or the whole sync, with `type: 'SYNC'`). */
export function estimateTraceMessage(
  estimate: { name: string; namespace?: string; type?: 'STREAM' | 'SYNC'; rows?: number; bytes?: number },
  emittedAt: number = Date.now(),
): TraceMessage {
  const body: NonNullable<AirbyteTraceMessage['estimate']> = { name: estimate.name, type: estimate.type ?? 'STREAM' };
  if (estimate.namespace !== undefined) body.namespace = estimate.namespace;
  if (estimate.rows !== undefined) body.row_estimate = Math.round(estimate.rows);
  if (estimate.bytes !== undefined) body.byte_estimate = Math.round(estimate.bytes);
  return { type: 'TRACE', trace: { type: 'ESTIMATE', emitted_at: emittedAt, estimate: body } };
}

/** A TRACE ANALYTICS message: a static event type and an optional string value. */
export function analyticsTraceMessage(type: string, value?: string, emittedAt: number = Date.now()): TraceMessage {
  const analytics = value === undefined ? { type } : { type, value };
  return { type: 'TRACE', trace: { type: 'ANALYTICS', emitted_at: emittedAt, analytics } };
}

/** A CONTROL message asking the platform to persist an updated config (e.g. a rotated token). */
export function controlConfigMessage(config: Record<string, unknown>, emittedAt: number = Date.now()): ControlMessage {
  return { type: 'CONTROL', control: { type: 'CONNECTOR_CONFIG', emitted_at: emittedAt, connectorConfig: { config } } };
}
