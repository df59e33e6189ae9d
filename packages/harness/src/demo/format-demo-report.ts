import { countOf } from './model-counts.js';
import type { DemoReport } from './run-demo.js';

const hours = (h: number | null): string =>
  h === null ? 'n/a' : h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} days`;
const pct = (rate: number | null): string => (rate === null ? 'n/a' : `${Math.round(rate * 100)}%`);
const pct1 = (rate: number | undefined): string => (rate === undefined ? 'n/a' : `${(rate * 100).toFixed(1)}%`);

/** The models the summary names first, as a Faros CE user knows them. */
const HEADLINE_MODELS: readonly (readonly [string, string])[] = [
  ['vcs_Repository', 'repositories'],
  ['vcs_PullRequest', 'pull requests'],
  ['vcs_PullRequestReview', 'reviews'],
  ['vcs_Commit', 'commits'],
  ['tms_Project', 'projects'],
  ['tms_Task', 'tasks'],
  ['tms_Sprint', 'sprints'],
  ['cicd_Pipeline', 'pipelines'],
  ['cicd_Build', 'builds'],
];

/** What the demo shows on a terminal: syncs, API calls, counts per model, metrics and dashboards. */
export function formatDemoReport(report: DemoReport): string {
  const out: string[] = [];
  const first = report.run === 1;
  out.push(
    first
      ? `Run 1 (full sync) of a ${report.world.scale} world, seed ${report.world.seed}; data in ${report.dataDir}`
      : `Run ${report.run} (incremental${report.incremental ? '' : ' where state was kept'}): the world moved on ${report.world.advanced ? `(${report.world.advanced.created} created, ${report.world.advanced.updated} updated, ${report.world.advanced.deleted} deleted)` : ''}`,
  );
  out.push('', 'Syncs');
  for (const s of report.syncs) {
    const how = s.incremental ? `incremental from ${s.statesBefore} stream states` : 'full';
    out.push(
      s.status === 'succeeded'
        ? `  ${s.source.padEnd(8)} ${how}: ${s.recordsRead} records, ${s.apiCalls} API calls, ${(s.durationMs / 1000).toFixed(1)} s`
        : `  ${s.source.padEnd(8)} ${s.status.toUpperCase()}: ${s.error}`,
    );
  }
  const calls = report.apiCalls;
  const free = calls.notModified > 0 ? ` (${calls.notModified} answered 304 Not Modified)` : '';
  if (calls.firstRun === undefined) out.push(`  API calls: ${calls.total}${free}`);
  else {
    // A 304 to a conditional request is free under GitHub's rate limit: say what the run was charged too.
    const charged =
      calls.notModified > 0
        ? `; ${calls.total - calls.notModified} without the ${calls.notModified} answered 304 Not Modified (free under GitHub's rate limit): ${pct1(calls.chargedShareOfFirstRun)}`
        : '';
    out.push(
      `  API calls: ${calls.total}, ${pct1(calls.shareOfFirstRun)} of the first run's ${calls.firstRun}${charged}`,
    );
  }
  out.push('', 'Faros CE rows (all origins)');
  const headline = HEADLINE_MODELS.map(([model, label]) => `${label} ${countOf(report.counts, model)}`);
  out.push(`  ${headline.join(', ')}`);
  const models = new Set(report.counts.map((c) => c.model));
  out.push(`  ${models.size} models hold rows (airbyte-harness query or demo --json for all)`);
  const m = report.metrics;
  out.push('', 'Metrics');
  out.push(
    `  PR cycle time (created to merged): median ${hours(m.prCycleTime.medianHours)}, mean ${hours(m.prCycleTime.averageHours)} over ${m.prCycleTime.items} merged PRs`,
  );
  out.push(
    `  Time to first review: median ${hours(m.reviewTime.medianHours)}, mean ${hours(m.reviewTime.averageHours)} over ${m.reviewTime.items} reviewed PRs`,
  );
  for (const b of m.buildSuccess) {
    out.push(`  Build success rate (${b.origin}): ${pct(b.rate)} of ${b.finished} finished builds`);
  }
  const t = m.sprintThroughput;
  out.push(
    `  Sprint throughput: ${t.tasksPerSprint ?? 'n/a'} tasks done and ${t.pointsPerSprint ?? 'n/a'} points per closed sprint (${t.closedSprints} closed sprints)`,
  );
  out.push('', 'Faros CE dashboards (columns they read that hold data)');
  const width = Math.max(...report.dashboards.map((d) => d.dashboard.length));
  for (const d of report.dashboards) {
    const empty = d.tables.filter((x) => x.rows === 0).map((x) => x.table);
    const why = empty.length > 0 ? `  no rows in ${empty.join(', ')}` : '';
    out.push(`  ${d.dashboard.padEnd(width)}  ${d.status.padEnd(13)} ${d.filledColumns}/${d.columns}${why}`);
  }
  return out.join('\n');
}
