// Public API of @faros-ce/sdk/testing: run connectors, check them against the Airbyte protocol,
// and interrupt and resume them. Named exports only: what is not listed here is internal.

export { lintCatalog } from './catalog-lints.js';
export type { ReadCheckOptions } from './check-basic-read.js';
export { checkBasicRead } from './check-basic-read.js';
export type { ExpectedCheckOutcome } from './check-connection.js';
export { checkConnection } from './check-connection.js';
export type { DiscoverResult } from './check-discover.js';
export { checkDiscover } from './check-discover.js';
export { checkFullRefreshTwice } from './check-full-refresh.js';
export type { FutureStateBuilder, FutureStateCheckOptions } from './check-future-state.js';
export { checkFutureState } from './check-future-state.js';
export type { IncrementalCheckOptions } from './check-incremental.js';
export { checkIncremental } from './check-incremental.js';
export { checkSecretsNotInOutput } from './check-secrets.js';
export { checkSpec } from './check-spec.js';
export type { StateEchoCheckOptions } from './check-state-echo.js';
export { checkStateEcho } from './check-state-echo.js';
export { checkUnknownStream, UNKNOWN_STREAM_NAME } from './check-unknown-stream.js';
export type { ConfiguredCatalogOptions } from './configured-catalog-from.js';
export { configuredCatalogFrom, supportsIncremental } from './configured-catalog-from.js';
export type { ConformanceFailure, ConformanceResult } from './conformance-result.js';
export { formatConformanceResult } from './conformance-result.js';
export type { ConnectorRunInit, InvalidLine, StreamSelector } from './connector-run.js';
export { ConnectorRun } from './connector-run.js';
export type { CommandConnector, ConnectorUnderTest, StateInput, WriteInput } from './connector-under-test.js';
export { command, inProcess } from './connector-under-test.js';
export { discoverCatalog } from './discover-catalog.js';
export type { FarFutureState } from './far-future-state.js';
export { farFutureState, farFutureValue } from './far-future-state.js';
export type {
  AttemptReport,
  KillAndResumeOptions,
  KillAndResumeReport,
  KillPoint,
  MissingKey,
} from './kill-and-resume.js';
export { killAndResume } from './kill-and-resume.js';
export type { ReadLintOptions } from './read-lints.js';
export { lintReadOutput } from './read-lints.js';
export { recordIdentity } from './record-keys.js';
export { runCommand } from './run-command.js';
export type { InProcessOptions } from './run-in-process.js';
export { runInProcess } from './run-in-process.js';
export { isSecretLikeName } from './secret-like-name.js';
export { seededRandom } from './seeded-random.js';
export type { NamedCheck, SourceConformanceOptions, TestRegistrar } from './source-conformance.js';
export { describeSourceConformance, runSourceConformance, sourceConformanceChecks } from './source-conformance.js';
export type { SpecLintOptions } from './spec-lints.js';
export { lintSpec } from './spec-lints.js';
export { lastStatesPerStream } from './state-array.js';
export type {
  CommandControl,
  CommandExit,
  CommandLine,
  CommandOptions,
  StreamCommandOptions,
} from './stream-command.js';
export { streamCommand } from './stream-command.js';
export type { TempDir } from './temp-dir.js';
export { createTempDir, withTempDir } from './temp-dir.js';
