import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AirbyteCatalog, type AirbyteStateMessage, SecretMasker, secretValuesOf } from '@faros-ce/sdk';
import { atomicWrite } from './atomic-write.js';
import { buildCatalogs } from './build-catalogs.js';
import { checkConnectorConfig } from './connection/check-connector-config.js';
import type { Connection } from './connection/connection.js';
import { cachedConnectorSpec, connectorDiscover, writeCallFiles } from './connector-call.js';
import { runPipe } from './pipe.js';
import type { StreamCounts } from './pipe-counts.js';
import { type HarnessLogLevel, type LogChannel, RunLogs } from './run-logs.js';
import { DEFAULT_HOME, StateStore } from './state-store.js';
import type { AttemptSummary, StreamSummary, SyncSummary } from './sync-summary.js';

/** Options of {@link runSync}. */
export interface SyncOptions {
  /** Folder of connections' state and runs (default `.airbyte-harness`). */
  home?: string;
  /** Reset the streams' state and sync them full refresh + overwrite. */
  fullRefresh?: boolean;
  /** Attempts before giving up (default 3); each resumes from the last committed state. */
  maxAttempts?: number;
  /** Waits before the 2nd, 3rd, ... attempt in ms (default 1 s, 5 s, 15 s; the last repeats). */
  retryDelaysMs?: readonly number[];
  /** Longest silence from the source before the attempt fails (default 3 hours). */
  heartbeatMs?: number;
  /** Cancels the sync: the running attempt stops (committing what the destination has), no retry. */
  signal?: AbortSignal;
  /**
   * Run `discover` even when the catalog of this connector build and source config was discovered
   * before (kept in the connection's folder, as Airbyte keeps a connection's catalog).
   */
  discover?: boolean;
  /** Level of the run's logs (default info). */
  logLevel?: HarnessLogLevel;
  /** Environment for the connectors (LOG_LEVEL is set from `logLevel`). */
  env?: Readonly<Record<string, string>>;
  /** Called with per-stream figures as the sync goes. */
  onProgress?(streams: readonly StreamSummary[]): void;
  /** Called with every log line kept (masked), e.g. to print harness lines. */
  onLog?(channel: LogChannel, level: HarnessLogLevel, line: string): void;
}

/**
 * Syncs a connection once, as Airbyte's platform does: discover, configure the catalog from the
 * file's selection, run the source into the destination through {@link runPipe}, persist every
 * echoed state as it arrives, and retry failed attempts from the last committed state. Holds the
 * connection's lock for the whole sync. Never throws for a failed sync: the summary says so.
 *
 * @throws ConnectionLockedError when another process syncs the connection; HarnessError when
 *   the connectors cannot be started or the selection does not match the catalog.
 */
export async function runSync(connection: Connection, options: SyncOptions = {}): Promise<SyncSummary> {
  const store = new StateStore(connection.name, options.home ?? DEFAULT_HOME);
  const lock = store.lock();
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const masker = new SecretMasker();
  const logDir = join(store.runsDir, `${startedAt.replace(/[:.]/g, '-')}-${process.pid}`);
  const logs = new RunLogs(logDir, masker, options.logLevel ?? 'info', options.onLog);
  const staleLock = lock.staleHolder
    ? `took over a stale lock of process ${lock.staleHolder.pid} on ${lock.staleHolder.host} (started ${lock.staleHolder.startedAt})`
    : undefined;
  const attempts: AttemptSummary[] = [];
  const totals = new Map<string, StreamSummary>();
  const mismatches: string[] = [];
  let error: string | undefined;
  try {
    if (staleLock) logs.write('harness', 'warn', staleLock);
    // Specs (cached per connector build) and discover run at once; discover's output is masked
    // when it ends, by which time the specs have named the secrets.
    const cacheDir = join(options.home ?? DEFAULT_HOME, '.cache');
    const specs = Promise.all([
      cachedConnectorSpec(connection.source.resolved, cacheDir),
      cachedConnectorSpec(connection.destination.resolved, cacheDir),
    ]).then(([sourceSpec, destinationSpec]) => {
      for (const s of secretValuesOf(sourceSpec.connectionSpecification, connection.source.config)) masker.add(s);
      for (const s of secretValuesOf(destinationSpec.connectionSpecification, connection.destination.config))
        masker.add(s);
      checkConnectorConfig(connection, 'source', sourceSpec);
      checkConnectorConfig(connection, 'destination', destinationSpec);
    });
    const discovered = discoverOnce(connection, store, masker, options.discover === true);
    const [specsDone, discoverDone] = await Promise.allSettled([specs, discovered]);
    if (specsDone.status === 'rejected') throw specsDone.reason;
    if (discoverDone.status === 'rejected') throw discoverDone.reason;
    const catalog = discoverDone.value;
    logs.write(
      'harness',
      'info',
      `sync of ${connection.name}: ${connection.source.resolved.description} -> ${connection.destination.resolved.description}`,
    );
    const catalogs = buildCatalogs(catalog, connection.streams, connection.prefix, {
      fullRefresh: options.fullRefresh,
    });
    if (options.fullRefresh) {
      const removed = store.reset(
        catalogs.source.streams.map((s) => ({ name: s.stream.name, namespace: s.stream.namespace })),
      );
      logs.write('harness', 'info', `full refresh: state of ${removed} streams reset`);
    }
    const env = { ...options.env, LOG_LEVEL: options.logLevel ?? 'info' };
    const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    const delays = options.retryDelaysMs ?? [1000, 5000, 15000];
    let nextStateId = 1;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const attemptStart = Date.now();
      const state: AirbyteStateMessage[] = store.read();
      logs.write('harness', 'info', `attempt ${attempt}: ${state.length} stream states committed before it`);
      const sourceFiles = await writeCallFiles({ config: connection.source.config, catalog: catalogs.source, state });
      const destinationFiles = await writeCallFiles({
        config: connection.destination.config,
        catalog: catalogs.destination,
      });
      let committed = 0;
      try {
        const result = await runPipe({
          source: connection.source.resolved.invocation(['read', ...sourceFiles.args]),
          destination: connection.destination.resolved.invocation(['write', ...destinationFiles.args]),
          streams: catalogs.source.streams,
          prefix: connection.prefix,
          logs,
          env,
          heartbeatMs: options.heartbeatMs,
          signal: options.signal,
          firstStateId: nextStateId,
          onCommittedState: (s) => {
            store.commit(s);
            committed++;
          },
          onProgress: options.onProgress
            ? (counts) => options.onProgress?.(merge(totals, counts.values(), false))
            : undefined,
        });
        nextStateId = result.nextStateId;
        merge(totals, result.streams, true);
        mismatches.push(...result.countMismatches);
        attempts.push({
          attempt,
          succeeded: result.succeeded,
          failure: result.failure,
          durationMs: Date.now() - attemptStart,
          statesCommitted: committed,
        });
        if (result.succeeded) {
          error = undefined;
          break;
        }
        error = result.failure;
        if (options.signal?.aborted) break;
        if (result.failureType === 'config_error') {
          logs.write('harness', 'error', 'a connector reported a config error: not retrying');
          break;
        }
        if (attempt < maxAttempts) {
          const wait = delays[Math.min(attempt - 1, delays.length - 1)] ?? 0;
          logs.write(
            'harness',
            'warn',
            `attempt ${attempt} failed; retrying from the last committed state in ${wait} ms`,
          );
          await new Promise((r) => setTimeout(r, wait));
        }
      } finally {
        await Promise.all([sourceFiles.remove(), destinationFiles.remove()]);
      }
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
    logs.write('harness', 'error', error);
    if (attempts.length === 0) {
      // Thrown before the first attempt (a connector that cannot start, a bad selection): masked too.
      if (caught instanceof Error) caught.message = masker.mask(caught.message);
      await logs.close();
      lock.release();
      throw caught;
    }
  }
  const summary: SyncSummary = {
    connection: connection.name,
    status: error === undefined ? 'succeeded' : 'failed',
    error: error === undefined ? undefined : masker.mask(error),
    startedAt,
    durationMs: Date.now() - started,
    logDir,
    attempts,
    streams: [...totals.values()],
    countMismatches: mismatches,
    staleLock,
  };
  logs.write('harness', 'info', `sync ${summary.status}`);
  await logs.close();
  writeFileSync(join(logDir, 'summary.json'), `${masker.mask(JSON.stringify(summary, null, 2))}\n`, { mode: 0o600 });
  lock.release();
  return summary;
}

/** The source's catalog: discovered, or the one discovered before for the same connector build and config. */
async function discoverOnce(
  connection: Connection,
  store: StateStore,
  masker: SecretMasker,
  force: boolean,
): Promise<AirbyteCatalog> {
  const source = connection.source.resolved;
  const file = join(store.dir, 'catalog.json');
  const key =
    source.fingerprint === undefined
      ? undefined
      : createHash('sha256')
          .update(`${source.fingerprint}\n${JSON.stringify(connection.source.config)}`)
          .digest('hex');
  if (key !== undefined && !force) {
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as { key?: string; catalog?: AirbyteCatalog };
      if (saved.key === key && saved.catalog) return saved.catalog;
    } catch {
      // none saved yet
    }
  }
  const catalog = await connectorDiscover(source, connection.source.config, masker);
  if (key !== undefined) {
    await mkdir(store.dir, { recursive: true });
    await atomicWrite(file, JSON.stringify({ key, catalog }));
  }
  return catalog;
}

/**
 * Adds an attempt's counts to the totals (`keep` true) or returns what the totals would be with a
 * running attempt's counts (for progress).
 */
function merge(totals: Map<string, StreamSummary>, counts: Iterable<StreamCounts>, keep: boolean): StreamSummary[] {
  const out = new Map(totals);
  for (const c of counts) {
    const before = out.get(c.stream);
    out.set(c.stream, {
      stream: c.stream,
      recordsRead: (before?.recordsRead ?? 0) + c.recordsRead,
      recordsWritten: (before?.recordsWritten ?? 0) + c.recordsWritten,
      recordsRejected: (before?.recordsRejected ?? 0) + c.recordsRejected,
      statesCommitted: (before?.statesCommitted ?? 0) + c.statesCommitted,
      durationMs: (before?.durationMs ?? 0) + (c.firstAt === undefined ? 0 : (c.lastAt ?? c.firstAt) - c.firstAt),
      apiCalls: c.apiCalls === undefined ? before?.apiCalls : (before?.apiCalls ?? 0) + c.apiCalls,
      rateLimitWaits: (before?.rateLimitWaits ?? 0) + c.rateLimitWaits,
      status: c.status ?? before?.status,
    });
  }
  if (keep) for (const [k, v] of out) totals.set(k, v);
  return [...out.values()];
}
