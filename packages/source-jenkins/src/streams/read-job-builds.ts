import type { Logger } from '@faros-ce/sdk';
import type { JenkinsClient } from '../client/jenkins-client.js';
import type { ApiBuild } from '../client/jenkins-types.js';
import type { RecentBuilds } from '../client/recent-builds.js';
import { type BuildRecord, toBuildRecord } from './build-record.js';
import { BuildSelection, type SelectionLimits } from './build-selection.js';

/** One job's builds to read, and where the last sync left it. */
export interface JobBuildsRequest {
  readonly client: JenkinsClient;
  /** The job's names, top level first (its URL path). */
  readonly names: readonly string[];
  readonly fullName: string;
  readonly server: string;
  /** The first build number not yet read in a final state (the saved cursor); undefined on a first sync. */
  readonly bookmark: number | undefined;
  /** The job's `lastBuild.number` as the walk saw it (null: no builds); undefined when unknown. */
  readonly lastBuild: number | null | undefined;
  /** The job's newest builds as the walk's folder page listed them; undefined: not listed. */
  readonly recent?: RecentBuilds;
  readonly pageSize: number;
  /** Newest builds read when there is no bookmark; undefined: all. */
  readonly maxBuilds: number | undefined;
  /** Builds scheduled before this epoch ms are not read. */
  readonly startMs: number | undefined;
  readonly logger: Logger;
  readonly signal?: AbortSignal;
  /** Where the next sync of this job starts (the runtime's `setCursor`). */
  readonly setCursor: (value: unknown) => void;
}

// Times a job's read steps back when builds deleted between two pages moved the ranges back.
const MAX_STEP_BACKS = 3;

/**
 * The builds of one job, newest first, down to the saved cursor. When the walk's folder page listed
 * the job's newest builds and they reach the cursor, those are the read (no request, see
 * {@link coveredByRecent}); otherwise `allBuilds[…]{M,N}` pages are read. Consecutive pages overlap
 * by one build: new builds shift the ranges forward (the overlap and anything after it come again
 * and are skipped by number); deleted ones shift them back, which the overlap reveals, and the read
 * steps back a page. When every build is read, the cursor moves to the oldest build still running
 * (read again next sync, once finished) or past the newest build. A job that answers 404 (deleted)
 * is reported and skipped, its cursor left where it was.
 */
export async function* readJobBuilds(request: JobBuildsRequest): AsyncGenerator<BuildRecord> {
  const { client, names, bookmark, pageSize } = request;
  const keep = (): void => request.setCursor(bookmark);
  // Nothing new since the last sync (or no build at all): no request.
  if (
    request.lastBuild === null ||
    (bookmark !== undefined && request.lastBuild !== undefined && request.lastBuild < bookmark)
  ) {
    keep();
    return;
  }
  const limits = { bookmark, maxBuilds: request.maxBuilds, startMs: request.startMs };
  const recent = request.recent === undefined ? undefined : coveredByRecent(request.recent, limits);
  if (recent !== undefined) {
    for (const build of recent.builds) yield toBuildRecord(build, request.fullName, request.server);
    request.setCursor(recent.selection.nextCursor() ?? bookmark);
    return;
  }
  const selection = new BuildSelection(limits);
  const step = pageSize > 1 ? pageSize - 1 : 1;
  let stepBacks = 0;
  let previousLast: number | undefined;
  for (let from = 0; ; ) {
    const page = await client.builds(names, from, from + pageSize, request.signal);
    if (page === undefined) {
      request.logger.warn(
        `Jenkins job ${JSON.stringify(request.fullName)} was not found (deleted during the sync?); its builds are skipped`,
      );
      keep();
      return;
    }
    const first = page[0];
    if (
      previousLast !== undefined &&
      first !== undefined &&
      first.number < previousLast &&
      stepBacks < MAX_STEP_BACKS
    ) {
      stepBacks++;
      from = Math.max(0, from - pageSize);
      previousLast = undefined;
      continue;
    }
    let done = page.length < pageSize;
    for (const build of page) {
      const verdict = selection.accept(build);
      if (verdict === 'stop') {
        done = true;
        break;
      }
      if (verdict === 'emit') yield toBuildRecord(build, request.fullName, request.server);
    }
    if (done) break;
    previousLast = page.at(-1)?.number;
    from += step;
  }
  request.setCursor(selection.nextCursor() ?? bookmark);
}

/**
 * The builds to emit from a job's newest builds as the walk listed them, when they hold every build
 * the read needs: they are fewer than asked (the job's whole history), or reading them reached a
 * limit (a build older than the cursor or `start_date`, the first sync's cap), or the oldest of them
 * is the cursor itself or build 1 (numbers start at 1 and only grow, so nothing is missing below).
 * Undefined otherwise: a job with more new builds than the page listed reads its pages.
 */
export function coveredByRecent(
  recent: RecentBuilds,
  limits: SelectionLimits,
): { builds: ApiBuild[]; selection: BuildSelection } | undefined {
  const selection = new BuildSelection(limits);
  const builds: ApiBuild[] = [];
  let reached = recent.builds.length < recent.asked;
  for (const build of recent.builds) {
    const verdict = selection.accept(build);
    if (verdict === 'stop') {
      reached = true;
      break;
    }
    if (verdict === 'emit') builds.push(build);
  }
  const oldest = recent.builds.at(-1)?.number;
  if (oldest !== undefined && (oldest <= 1 || (limits.bookmark !== undefined && oldest <= limits.bookmark)))
    reached = true;
  return reached || selection.full ? { builds, selection } : undefined;
}
