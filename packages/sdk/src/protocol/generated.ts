/* Generated from schema/airbyte-protocol.schema.json by scripts/generate-types.mjs. Do not edit: run `npm run generate:types`. */

/**
 * Which payload field the message carries.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteMessageType".
 */
export type AirbyteMessageType =
  | 'RECORD'
  | 'STATE'
  | 'LOG'
  | 'SPEC'
  | 'CONNECTION_STATUS'
  | 'CATALOG'
  | 'TRACE'
  | 'CONTROL'
  | 'DESTINATION_CATALOG';
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStateType".
 */
export type AirbyteStateType = 'GLOBAL' | 'STREAM' | 'LEGACY';
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "DestinationSyncMode".
 */
export type DestinationSyncMode = 'append' | 'overwrite' | 'append_dedup' | 'update' | 'soft_delete';
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "SyncMode".
 */
export type SyncMode = 'full_refresh' | 'incremental';
export type TraceType = 'ERROR' | 'ESTIMATE' | 'STREAM_STATUS' | 'ANALYTICS';
/**
 * config_error: the user must act; transient_error: a retry may succeed; system_error: a bug.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "FailureType".
 */
export type FailureType = 'system_error' | 'config_error' | 'transient_error';
export type EstimateType = 'STREAM' | 'SYNC';
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStreamStatus".
 */
export type AirbyteStreamStatus = 'STARTED' | 'RUNNING' | 'COMPLETE' | 'INCOMPLETE';
export type OrchestratorType = 'CONNECTOR_CONFIG';

/**
 * The Airbyte protocol, version 0.18, as @faros-ce/sdk understands it. Every object allows fields it does not name, so newer peers can add fields and older ones carry them along.
 */
export interface AirbyteProtocol {
  airbyte_message?: AirbyteMessage;
  configured_airbyte_catalog?: ConfiguredAirbyteCatalog;
  [k: string]: unknown;
}
/**
 * One line of connector output: a type tag and the one payload field that matches it.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteMessage".
 */
export interface AirbyteMessage {
  type: AirbyteMessageType;
  record?: AirbyteRecordMessage;
  state?: AirbyteStateMessage;
  log?: AirbyteLogMessage;
  spec?: ConnectorSpecification;
  connectionStatus?: AirbyteConnectionStatus;
  catalog?: AirbyteCatalog;
  trace?: AirbyteTraceMessage;
  control?: AirbyteControlMessage;
  destination_catalog?: DestinationCatalog;
  [k: string]: unknown;
}
/**
 * A row of a stream.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteRecordMessage".
 */
export interface AirbyteRecordMessage {
  /**
   * Namespace of the stream, when it has one.
   */
  namespace?: string;
  /**
   * Name of the stream the row belongs to.
   */
  stream: string;
  /**
   * The row itself.
   */
  data: Record<string, unknown>;
  /**
   * When the source emitted the row, in epoch milliseconds.
   */
  emitted_at: number;
  meta?: AirbyteRecordMessageMeta;
  file_reference?: AirbyteRecordMessageFileReference;
  [k: string]: unknown;
}
/**
 * What happened to the row on its way.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteRecordMessageMeta".
 */
export interface AirbyteRecordMessageMeta {
  changes?: AirbyteRecordMessageMetaChange[];
  [k: string]: unknown;
}
/**
 * One field that was nulled or truncated, and why.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteRecordMessageMetaChange".
 */
export interface AirbyteRecordMessageMetaChange {
  field: string;
  change: 'NULLED' | 'TRUNCATED';
  reason:
    | 'SOURCE_RECORD_SIZE_LIMITATION'
    | 'DESTINATION_RECORD_SIZE_LIMITATION'
    | 'PLATFORM_RECORD_SIZE_LIMITATION'
    | 'SOURCE_FIELD_SIZE_LIMITATION'
    | 'DESTINATION_FIELD_SIZE_LIMITATION'
    | 'PLATFORM_FIELD_SIZE_LIMITATION'
    | 'SOURCE_SERIALIZATION_ERROR'
    | 'DESTINATION_SERIALIZATION_ERROR'
    | 'PLATFORM_SERIALIZATION_ERROR'
    | 'SOURCE_RETRIEVAL_ERROR'
    | 'DESTINATION_TYPECAST_ERROR';
  [k: string]: unknown;
}
/**
 * Where the file a file-based record describes was staged.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteRecordMessageFileReference".
 */
export interface AirbyteRecordMessageFileReference {
  staging_file_url?: string;
  source_file_relative_path?: string;
  file_size_bytes?: number;
  [k: string]: unknown;
}
/**
 * A checkpoint. STREAM scopes it to one stream, GLOBAL carries every stream's state, LEGACY (or no type) keeps a single blob in data.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStateMessage".
 */
export interface AirbyteStateMessage {
  type?: AirbyteStateType;
  stream?: AirbyteStreamState;
  global?: AirbyteGlobalState;
  /**
   * Deprecated: the legacy state blob.
   */
  data?: Record<string, unknown>;
  sourceStats?: AirbyteStateStats;
  destinationStats?: AirbyteStateStats;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStreamState".
 */
export interface AirbyteStreamState {
  stream_descriptor: StreamDescriptor;
  /**
   * The stream's state; null resets the stream.
   */
  stream_state?: AirbyteStateBlob | null;
  [k: string]: unknown;
}
/**
 * Names a stream: its name and, optionally, its namespace.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "StreamDescriptor".
 */
export interface StreamDescriptor {
  name: string;
  namespace?: string;
  [k: string]: unknown;
}
/**
 * The source's own state: opaque to everyone else.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStateBlob".
 */
export interface AirbyteStateBlob {
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteGlobalState".
 */
export interface AirbyteGlobalState {
  shared_state?: AirbyteStateBlob;
  stream_states: AirbyteStreamState[];
  [k: string]: unknown;
}
/**
 * Counts since the previous state of the same scope. Doubles on the wire.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStateStats".
 */
export interface AirbyteStateStats {
  recordCount?: number;
  rejectedRecordCount?: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteLogMessage".
 */
export interface AirbyteLogMessage {
  level: 'FATAL' | 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE';
  message: string;
  stack_trace?: string;
  [k: string]: unknown;
}
/**
 * What the connector needs from its user (a JSON schema of the config) and what it supports.
 *
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "ConnectorSpecification".
 */
export interface ConnectorSpecification {
  documentationUrl?: string;
  changelogUrl?: string;
  connectionSpecification: Record<string, unknown>;
  /**
   * Deprecated.
   */
  supportsIncremental?: boolean;
  supportsNormalization?: boolean;
  supportsDBT?: boolean;
  supported_destination_sync_modes?: DestinationSyncMode[];
  advanced_auth?: {
    auth_flow_type?: 'oauth2.0' | 'oauth1.0';
    predicate_key?: string[];
    predicate_value?: string;
    oauth_config_specification?: Record<string, unknown>;
    [k: string]: unknown;
  };
  protocol_version?: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteConnectionStatus".
 */
export interface AirbyteConnectionStatus {
  status: 'SUCCEEDED' | 'FAILED';
  message?: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteCatalog".
 */
export interface AirbyteCatalog {
  streams: AirbyteStream[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStream".
 */
export interface AirbyteStream {
  name: string;
  /**
   * JSON schema of the stream's records.
   */
  json_schema: Record<string, unknown>;
  /**
   * @minItems 1
   */
  supported_sync_modes: [SyncMode, ...SyncMode[]];
  source_defined_cursor?: boolean;
  default_cursor_field?: string[];
  source_defined_primary_key?: string[][];
  namespace?: string;
  is_resumable?: boolean;
  is_file_based?: boolean;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteTraceMessage".
 */
export interface AirbyteTraceMessage {
  type: TraceType;
  /**
   * Epoch milliseconds.
   */
  emitted_at: number;
  error?: AirbyteErrorTraceMessage;
  estimate?: AirbyteEstimateTraceMessage;
  stream_status?: AirbyteStreamStatusTraceMessage;
  analytics?: AirbyteAnalyticsTraceMessage;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteErrorTraceMessage".
 */
export interface AirbyteErrorTraceMessage {
  /**
   * What the user should read.
   */
  message: string;
  internal_message?: string;
  stack_trace?: string;
  failure_type?: FailureType;
  stream_descriptor?: StreamDescriptor;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteEstimateTraceMessage".
 */
export interface AirbyteEstimateTraceMessage {
  name: string;
  type: EstimateType;
  namespace?: string;
  row_estimate?: number;
  byte_estimate?: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStreamStatusTraceMessage".
 */
export interface AirbyteStreamStatusTraceMessage {
  stream_descriptor: StreamDescriptor;
  status: AirbyteStreamStatus;
  reasons?: AirbyteStreamStatusReason[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteStreamStatusReason".
 */
export interface AirbyteStreamStatusReason {
  type: 'RATE_LIMITED';
  rate_limited?: {
    /**
     * Epoch milliseconds when the quota resets.
     */
    quota_reset?: number;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteAnalyticsTraceMessage".
 */
export interface AirbyteAnalyticsTraceMessage {
  type: string;
  value?: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "AirbyteControlMessage".
 */
export interface AirbyteControlMessage {
  type: OrchestratorType;
  emitted_at: number;
  connectorConfig?: {
    config: Record<string, unknown>;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "DestinationCatalog".
 */
export interface DestinationCatalog {
  operations: DestinationOperation[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "DestinationOperation".
 */
export interface DestinationOperation {
  object_name: string;
  sync_mode: DestinationSyncMode;
  json_schema: Record<string, unknown>;
  matching_keys?: string[][];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "ConfiguredAirbyteCatalog".
 */
export interface ConfiguredAirbyteCatalog {
  streams: ConfiguredAirbyteStream[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AirbyteProtocol`'s JSON-Schema
 * via the `definition` "ConfiguredAirbyteStream".
 */
export interface ConfiguredAirbyteStream {
  stream: AirbyteStream;
  sync_mode: SyncMode;
  cursor_field?: string[];
  destination_sync_mode: DestinationSyncMode;
  destination_object_name?: string;
  primary_key?: string[][];
  generation_id?: number;
  minimum_generation_id?: number;
  sync_id?: number;
  include_files?: boolean;
  [k: string]: unknown;
}
