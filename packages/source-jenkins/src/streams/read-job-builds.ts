import type { Logger } from '@faros-ce/sdk';
import type { JenkinsClient } from '../client/jenkins-client.js';
import { type BuildRecord, toBuildRecord } from './build-record.js';

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
 * The builds of one job, newest first, in `allBuilds[…]{M,N}` pages, down to the saved cursor.
 * Consecutive pages overlap by one build: new builds shift the ranges forward (the overlap and
 * anything after it come again and are skipped by number); deleted ones shift them back, which the
 * overlap reveals, and the read steps back a page. When every page is read, the cursor moves to the
 * oldest build still running (read again next sync, once finished) or past the newest build.
 * A job that answers 404 (deleted) is reported and skipped, its cursor left where it was.
 */
export async function* readJobBuilds(request: JobBuildsRequest): AsyncGenerator<BuildRecord> {
  const { client, names, bookmark, pageSize, maxBuilds, startMs } = request;
  const keep = (): void => request.setCursor(bookmark);
  // Nothing new since the last sync (or no build at all): no request.
  if (
    request.lastBuild === null ||
    (bookmark !== undefined && request.lastBuild !== undefined && request.lastBuild < bookmark)
  ) {
    keep();
    return;
  }
  const cap = bookmark === undefined ? maxBuilds : undefined;
  const step = pageSize > 1 ? pageSize - 1 : 1;
  const seen = new Set<number>();
  let oldestRunning: number | undefined;
  let newest: number | undefined;
  let emitted = 0;
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
      if (seen.has(build.number)) continue;
      seen.add(build.number);
      const tooOld =
        (bookmark !== undefined && build.number < bookmark) ||
        (startMs !== undefined && typeof build.timestamp === 'number' && build.timestamp < startMs) ||
        (cap !== undefined && emitted >= cap);
      if (tooOld) {
        done = true;
        break;
      }
      const record = toBuildRecord(build, request.fullName, request.server);
      if (record.building && (oldestRunning === undefined || build.number < oldestRunning))
        oldestRunning = build.number;
      if (newest === undefined || build.number > newest) newest = build.number;
      emitted++;
      yield record;
    }
    if (done) break;
    previousLast = page.at(-1)?.number;
    from += step;
  }
  if (oldestRunning !== undefined) request.setCursor(oldestRunning);
  else if (newest !== undefined) request.setCursor(newest + 1);
  else keep();
}
