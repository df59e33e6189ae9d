/** Figures of one stream over a whole sync (all attempts). */
export interface StreamSummary {
  /** Source stream name. */
  readonly stream: string;
  readonly recordsRead: number;
  readonly recordsWritten: number;
  readonly recordsRejected: number;
  readonly statesCommitted: number;
  /** Time from the stream's first message to its last, over all attempts. */
  readonly durationMs: number;
  /** API calls the source reported for the stream, when it did. */
  readonly apiCalls: number | undefined;
  readonly rateLimitWaits: number;
  /** The source's last status for the stream. */
  readonly status: string | undefined;
}

/** One attempt of a sync. */
export interface AttemptSummary {
  readonly attempt: number;
  readonly succeeded: boolean;
  readonly failure: string | undefined;
  readonly durationMs: number;
  readonly statesCommitted: number;
}

/** What `runSync` returns and `sync --json` prints. */
export interface SyncSummary {
  readonly connection: string;
  readonly status: 'succeeded' | 'failed';
  /** Why the sync failed (its last attempt's reason). */
  readonly error: string | undefined;
  readonly startedAt: string;
  readonly durationMs: number;
  /** The run's log folder (source.log, destination.log, harness.log, summary.json). */
  readonly logDir: string;
  readonly attempts: readonly AttemptSummary[];
  readonly streams: readonly StreamSummary[];
  /** Source, harness and destination record counts that disagreed. */
  readonly countMismatches: readonly string[];
  /** A stale lock that was taken over, named. */
  readonly staleLock: string | undefined;
}

/** The summary as a plain-text table. */
export function formatSummary(summary: SyncSummary): string {
  const header = ['stream', 'read', 'written', 'rejected', 'states', 'time', 'api calls', 'status'];
  const rows = summary.streams.map((s) => [
    s.stream,
    String(s.recordsRead),
    String(s.recordsWritten),
    String(s.recordsRejected),
    String(s.statesCommitted),
    `${(s.durationMs / 1000).toFixed(1)} s`,
    s.apiCalls === undefined ? '-' : String(s.apiCalls),
    s.status ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const out = [
    `${summary.connection}: ${summary.status} in ${seconds} s, ${summary.attempts.length} attempt(s)`,
    line(header),
    ...rows.map(line),
  ];
  if (summary.error) out.push(`error: ${summary.error}`);
  for (const m of summary.countMismatches) out.push(`warning: record counts differ: ${m}`);
  if (summary.staleLock) out.push(`note: ${summary.staleLock}`);
  out.push(`logs: ${summary.logDir}`);
  return out.join('\n');
}
