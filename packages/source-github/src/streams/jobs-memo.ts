import type { RunSummary } from './run-listing-share.js';

/**
 * What `workflow_jobs` keeps with a repository's state (its slice memo) to tell which runs' jobs may
 * have changed since its last complete read. A completed run's jobs do not change: a re-run makes a
 * new attempt with new jobs and puts the run back in progress, which moves the run's `updated_at`.
 */
export interface JobsMemo {
  /** The highest `updated_at` among the runs listed last time. */
  readonly runsUpdated: string;
  /** The completed runs updated exactly at `runsUpdated` (their jobs were read). */
  readonly readAtTop: readonly number[];
  /** The runs not completed when listed: their jobs are read again until they are. */
  readonly unfinished: readonly number[];
  /** The earliest creation among `unfinished`, so the next listing reaches back to them. */
  readonly unfinishedSince?: string;
}

/** A saved memo, if it has the shape of {@link JobsMemo}. */
export function jobsMemoOf(value: unknown): JobsMemo | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const memo = value as Partial<Record<keyof JobsMemo, unknown>>;
  const ids = (v: unknown): v is number[] => Array.isArray(v) && v.every((id) => typeof id === 'number');
  if (typeof memo.runsUpdated !== 'string' || Number.isNaN(Date.parse(memo.runsUpdated))) return undefined;
  if (!ids(memo.readAtTop) || !ids(memo.unfinished)) return undefined;
  if (memo.unfinishedSince !== undefined && typeof memo.unfinishedSince !== 'string') return undefined;
  return value as JobsMemo;
}

/** True when the jobs of `run` may have changed since the read `memo` describes. */
export function mayHaveNewJobs(run: RunSummary, memo: JobsMemo): boolean {
  if (memo.unfinished.includes(run.id)) return true;
  const updated = Date.parse(run.updated_at);
  const top = Date.parse(memo.runsUpdated);
  // Same second as the top: a run updated just after the last listing may share it.
  return updated > top || (updated === top && !memo.readAtTop.includes(run.id));
}

/** The memo after reading the jobs of every run in `runs` that needed it (`previous` when none was listed). */
export function nextJobsMemo(runs: readonly RunSummary[], previous: JobsMemo | undefined): JobsMemo | undefined {
  if (runs.length === 0) return previous;
  let top = previous?.runsUpdated;
  for (const run of runs) if (top === undefined || Date.parse(run.updated_at) > Date.parse(top)) top = run.updated_at;
  const topMs = Date.parse(top as string);
  const readAtTop = runs.filter((r) => r.status === 'completed' && Date.parse(r.updated_at) === topMs).map((r) => r.id);
  const unfinished = runs.filter((r) => r.status !== 'completed');
  let unfinishedSince: string | undefined;
  for (const run of unfinished) {
    if (unfinishedSince === undefined || Date.parse(run.created_at) < Date.parse(unfinishedSince)) {
      unfinishedSince = run.created_at;
    }
  }
  return {
    runsUpdated: top as string,
    readAtTop,
    unfinished: unfinished.map((r) => r.id),
    ...(unfinishedSince === undefined ? {} : { unfinishedSince }),
  };
}

/**
 * The cursor to commit instead of `lastCompleted` (the latest `completed_at` read), if any. Jobs not
 * read yet belong to runs unfinished at the listing or created after it, so they complete after the
 * oldest unfinished run's creation and after the listing's newest update: the cursor stays before
 * both, or a job completing before one already read (e.g. while another run's jobs were read) would
 * be taken as sent next time. Jobs read again from re-read runs are sent again, never lost.
 */
export function cursorCap(lastCompleted: string | undefined, memo: JobsMemo | undefined): string | undefined {
  if (lastCompleted === undefined || memo === undefined) return undefined;
  let limit = Date.parse(memo.runsUpdated);
  if (memo.unfinishedSince !== undefined) limit = Math.min(limit, Date.parse(memo.unfinishedSince));
  const before = limit - 1000;
  return before < Date.parse(lastCompleted) ? new Date(before).toISOString().replace('.000Z', 'Z') : undefined;
}
