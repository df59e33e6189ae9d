import { join, resolve } from 'node:path';
import type { ServiceStats } from '@faros-ce/sandbox';
import { loadConnection } from '../connection/connection.js';
import type { FarosCeEndpoint } from '../faros-ce/faros-ce-client.js';
import { runSync } from '../run-sync.js';
import { StateStore } from '../state-store.js';
import { type DashboardCoverage, dashboardCoverage } from './dashboard-coverage.js';
import { DEMO_SERVICE, DEMO_SOURCES, type DemoSource, demoConnectionText } from './demo-connections.js';
import { type DemoMetrics, demoMetrics } from './demo-metrics.js';
import { type DemoScale, openDemoWorld } from './demo-world.js';
import { type ModelCount, modelCounts } from './model-counts.js';

/** How one source's sync went. */
export interface DemoSyncReport {
  readonly source: DemoSource;
  /** `skipped`: the connectors could not run at all (e.g. not built); `failed`: the sync failed. */
  readonly status: 'succeeded' | 'failed' | 'skipped';
  readonly error?: string;
  /** True when it resumed from states an earlier run committed. */
  readonly incremental: boolean;
  /** Stream states committed before this sync. */
  readonly statesBefore: number;
  readonly recordsRead: number;
  readonly recordsWritten: number;
  /** API calls the source made (the simulator's counter). */
  readonly apiCalls: number;
  /** Those answered 304 Not Modified (conditional requests; GitHub does not charge them to the rate limit). */
  readonly notModified: number;
  /** The same calls per endpoint (`METHOD route`), most called first. */
  readonly apiCallsByEndpoint: Readonly<Record<string, number>>;
  readonly durationMs: number;
  /** The sync's log folder. */
  readonly logDir?: string;
}

/** Everything `demo` shows, and what `demo --json` prints. */
export interface DemoReport {
  /** The demo's folder (absolute). */
  readonly dataDir: string;
  /** 1 for the first run since a reset. */
  readonly run: number;
  /** True when every synced source resumed from committed states. */
  readonly incremental: boolean;
  readonly world: {
    readonly seed: number;
    readonly scale: DemoScale;
    /** Steps the world has moved on since the first run. */
    readonly steps: number;
    /** What changed since the previous run (absent on a first run). */
    readonly advanced?: { readonly created: number; readonly updated: number; readonly deleted: number };
  };
  readonly syncs: readonly DemoSyncReport[];
  readonly apiCalls: {
    readonly total: number;
    /** Of `total`, the calls answered 304 Not Modified. */
    readonly notModified: number;
    /** The first run's total, and this run's share of it (on later runs). */
    readonly firstRun?: number;
    readonly shareOfFirstRun?: number;
    /** The share of the first run's total of this run's calls not answered 304 (what the APIs charge). */
    readonly chargedShareOfFirstRun?: number;
  };
  readonly counts: readonly ModelCount[];
  readonly metrics: DemoMetrics;
  readonly dashboards: readonly DashboardCoverage[];
}

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** The demo's folder (default `./.faros-ce`). */
  readonly dir?: string;
  readonly reset?: boolean;
  /** Seed and scale of a new world (default 1 and `small`). */
  readonly seed?: number;
  readonly scale?: DemoScale;
  /** Progress lines for people. */
  readonly onProgress?: (line: string) => void;
}

/**
 * The demo: starts the sandbox with its world and Faros CE persisted in `dir`, syncs GitHub, Jira
 * and Jenkins into Faros CE through the Faros destination (state under `dir/harness`), and reads
 * back what a Faros CE user sees. A later run first moves the world on, then syncs incrementally
 * from the committed states. A source whose connectors cannot run is skipped with the reason.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoReport> {
  const dir = resolve(options.dir ?? '.faros-ce');
  const say = options.onProgress ?? (() => {});
  const world = await openDemoWorld({ dir, reset: options.reset, seed: options.seed, scale: options.scale });
  const { sandbox, record, advanced } = world;
  try {
    const run = record.runs.length + 1;
    say(
      advanced
        ? `run ${run}: the world moved on ${advanced.steps} step(s): ${advanced.counts.created} created, ${advanced.counts.updated} updated, ${advanced.counts.deleted} deleted`
        : `run ${run}: a new ${record.scale} world (seed ${record.seed}) in ${dir}`,
    );
    const info = sandbox.connectionInfo();
    const orgs = sandbox.world.truth().github.organizations.keys;
    const home = join(dir, 'harness');
    const syncs: DemoSyncReport[] = [];
    for (const source of DEMO_SOURCES) {
      const service = sandbox.service(DEMO_SERVICE[source]);
      const before = service.stats();
      const statesBefore = new StateStore(source, home).read().length;
      say(`syncing ${source}${statesBefore > 0 ? ` incrementally (${statesBefore} stream states kept)` : ' (full)'}…`);
      const started = Date.now();
      let report: DemoSyncReport;
      try {
        const summary = await runSync(loadConnection(demoConnectionText(source, info, orgs)), { home });
        report = {
          source,
          status: summary.status,
          ...(summary.error === undefined ? {} : { error: summary.error }),
          incremental: statesBefore > 0,
          statesBefore,
          recordsRead: summary.streams.reduce((n, s) => n + s.recordsRead, 0),
          recordsWritten: summary.streams.reduce((n, s) => n + s.recordsWritten, 0),
          ...callsSince(before, service.stats()),
          durationMs: summary.durationMs,
          logDir: summary.logDir,
        };
      } catch (error) {
        report = {
          source,
          status: 'skipped',
          error: error instanceof Error ? error.message : String(error),
          incremental: statesBefore > 0,
          statesBefore,
          recordsRead: 0,
          recordsWritten: 0,
          ...callsSince(before, service.stats()),
          durationMs: Date.now() - started,
        };
      }
      say(
        report.status === 'succeeded'
          ? `  ${source}: ${report.recordsRead} records, ${report.apiCalls} API calls, ${(report.durationMs / 1000).toFixed(1)} s`
          : `  ${source}: ${report.status}: ${report.error}`,
      );
      syncs.push(report);
    }
    const endpoint: FarosCeEndpoint = sandbox.farosCe;
    const [counts, metrics, dashboards] = [
      await modelCounts(endpoint),
      await demoMetrics(endpoint),
      await dashboardCoverage(endpoint),
    ];
    const apiCalls = Object.fromEntries(syncs.map((s) => [s.source, s.apiCalls]));
    const total = syncs.reduce((n, s) => n + s.apiCalls, 0);
    const notModified = syncs.reduce((n, s) => n + s.notModified, 0);
    const first = record.runs[0];
    const firstTotal = first ? Object.values(first.apiCalls).reduce((n, c) => n + c, 0) : undefined;
    await world.finish({ apiCalls });
    const synced = syncs.filter((s) => s.status !== 'skipped');
    return {
      dataDir: dir,
      run,
      incremental: synced.length > 0 && synced.every((s) => s.incremental),
      world: {
        seed: record.seed,
        scale: record.scale,
        steps: record.steps,
        ...(advanced ? { advanced: advanced.counts } : {}),
      },
      syncs,
      apiCalls: {
        total,
        notModified,
        ...(firstTotal === undefined
          ? {}
          : {
              firstRun: firstTotal,
              shareOfFirstRun: shareOf(total, firstTotal),
              chargedShareOfFirstRun: shareOf(total - notModified, firstTotal),
            }),
      },
      counts,
      metrics,
      dashboards,
    };
  } finally {
    await sandbox.close();
  }
}

/** The calls a service answered between two of its statistics snapshots, in all and per endpoint. */
function callsSince(
  before: ServiceStats,
  after: ServiceStats,
): Pick<DemoSyncReport, 'apiCalls' | 'notModified' | 'apiCallsByEndpoint'> {
  const byEndpoint = Object.entries(after.endpoints)
    .map(([endpoint, count]) => [endpoint, count - (before.endpoints[endpoint] ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    apiCalls: after.total - before.total,
    notModified: after.notModified - before.notModified,
    apiCallsByEndpoint: Object.fromEntries(byEndpoint),
  };
}

/** `part / whole` to three decimals (0 when `whole` is 0). */
function shareOf(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 1000 : 0;
}
