// Public API of @faros-ce/harness. Named exports only.

export type { BuildCatalogOptions, SyncCatalogs } from './build-catalogs.js';
export { buildCatalogs } from './build-catalogs.js';
export type {
  Connection,
  ConnectionEndpoint,
  DestinationSyncMode,
  LoadConnectionOptions,
  StreamSelection,
  SyncMode,
} from './connection/connection.js';
export { loadConnection } from './connection/connection.js';
export type { FilePosition } from './connection/connection-error.js';
export { ConnectionFileError } from './connection/connection-error.js';
export type { ConnectionLock, LockHolder } from './connection-lock.js';
export { ConnectionLockedError } from './connection-lock.js';
export type { CallFiles, CallResult } from './connector-call.js';
export { callConnector, connectorCheck, connectorDiscover, connectorSpec, writeCallFiles } from './connector-call.js';
export type { ContainerEngine } from './container-engine.js';
export { engineIsRunning, findContainerEngine } from './container-engine.js';
export { EXIT, HarnessError } from './harness-error.js';
export type { PipeOptions, PipeResult } from './pipe.js';
export { runPipe } from './pipe.js';
export type { HarnessLogLevel, LogChannel } from './run-logs.js';
export type { SyncOptions } from './run-sync.js';
export { runSync } from './run-sync.js';
export type { Connector, ConnectorKind, Invocation, ResolveOptions } from './runner.js';
export { dockerArgs, resolveConnector, UnknownConnectorError, WORKSPACE_CONNECTORS } from './runner.js';
export { DEFAULT_HOME, StateFileError, StateStore } from './state-store.js';
export type { AttemptSummary, StreamSummary, SyncSummary } from './sync-summary.js';
export { formatSummary } from './sync-summary.js';
