import type { Logger } from '@faros-ce/sdk';
import type { JenkinsClient } from './jenkins-client.js';
import type { JobFilter } from './job-filter.js';
import { type RecentBuilds, recentBuildsOf } from './recent-builds.js';
import { type WalkedItem, walkJobs } from './walk-jobs.js';

/** What the `builds` stream needs of a job the walk found: where it is and its newest build. */
export interface WalkedJob {
  /** Names from the top level down (its URL path). */
  readonly names: readonly string[];
  readonly fullName: string;
  /** `lastBuild.number` as the walk saw it; null: no builds. */
  readonly lastBuild: number | null;
  /** Its newest builds as its folder page listed them; undefined: not listed (or not kept). */
  readonly recent?: RecentBuilds;
}

/** How {@link SharedWalk} walks: the same settings for every stream of one sync. */
export interface SharedWalkOptions {
  readonly client: JenkinsClient;
  readonly filter: JobFilter;
  readonly depth: number | undefined;
  readonly pageSize: number;
  /** Jobs kept at most; a walk that finds more is not kept (the next stream walks again). */
  readonly maxJobs?: number;
  /** Newest builds each folder page lists per job (default {@link RECENT_BUILDS}; 0: none). */
  readonly recentBuilds?: number;
  /** Listed builds kept at most for `builds`; jobs past it keep none and read their own. */
  readonly maxKeptBuilds?: number;
}

// About 200 bytes a job: a few MB at most, for controllers far larger than the benchmark's 567 jobs.
const DEFAULT_MAX_JOBS = 20_000;

/**
 * Newest builds of each job a folder page lists. A job whose builds since its cursor fit (one or
 * two new builds a sync, and the one that was running) needs no builds request. Each costs the page
 * about one build's JSON (about 1 KB with the action slots), so a page of `page_size` items, each a
 * folder listing 20, holds at most `page_size` × 21 × 3 builds.
 */
export const RECENT_BUILDS = 3;

// About 1 KB a build held (parsed JSON, with its action slots): 10 MB at most, whatever the controller's size.
const DEFAULT_MAX_KEPT_BUILDS = 10_000;

/**
 * One folder walk per sync for both streams. `jobs` walks the controller (its records need every
 * field, so it always walks) and, when that walk completes, the selected buildable jobs are kept as
 * `{names, fullName, lastBuild, recent}` only; `builds` then takes them instead of walking again, and
 * they are forgotten. A walk that fails, stops early or finds more than `maxJobs` jobs is not kept,
 * and `builds` walks itself as before. Nothing is kept across syncs: a killed sync walks again.
 *
 * The `lastBuild` numbers and listed builds are as old as the `jobs` stream's walk. That is sound: a
 * job read from them moves its cursor no further than past the newest build listed, or to one
 * listed as running, so a build started or finished since is read by the next sync's walk, as one
 * started just after this sync would be.
 */
export class SharedWalk {
  private kept: WalkedJob[] | undefined;
  private readonly maxJobs: number;
  /** Newest builds a page lists per job. */
  readonly recentBuilds: number;

  constructor(private readonly options: SharedWalkOptions) {
    this.maxJobs = options.maxJobs ?? DEFAULT_MAX_JOBS;
    this.recentBuilds = options.recentBuilds ?? RECENT_BUILDS;
  }

  /**
   * Walks the controller (see `walkJobs`). With `forBuilds` (the `builds` stream will read these jobs),
   * folder pages list each job's newest builds; `keep` also keeps a completed walk's jobs for
   * {@link takeJobs}. Without it (`jobs` alone is selected), pages carry no builds at all.
   */
  async *items(
    logger: Logger,
    signal: AbortSignal | undefined,
    { keep, forBuilds }: { readonly keep: boolean; readonly forBuilds: boolean },
  ): AsyncGenerator<WalkedItem> {
    const { client, filter, depth, pageSize } = this.options;
    const recent = forBuilds ? this.recentBuilds : 0;
    let jobs: WalkedJob[] | undefined = keep && forBuilds ? [] : undefined;
    let buildsLeft = this.options.maxKeptBuilds ?? DEFAULT_MAX_KEPT_BUILDS;
    for await (const walked of walkJobs(client, { filter, depth, pageSize, recent, logger, signal })) {
      if (jobs !== undefined && !walked.isFolder && filter.selects(walked.fullName)) {
        if (jobs.length >= this.maxJobs) jobs = undefined;
        else {
          const job = toWalkedJob(walked, recent);
          // Past the budget, a job's listed builds are dropped: it reads its own, as without them.
          const held = job.recent?.builds.length ?? 0;
          if (held > buildsLeft) jobs.push({ ...job, recent: undefined });
          else {
            buildsLeft -= held;
            jobs.push(job);
          }
        }
      }
      yield walked;
    }
    // Reached only when the consumer read the walk to its end and no request failed.
    if (jobs !== undefined) this.kept = jobs;
  }

  /** The jobs of a walk completed earlier in this sync, handed over once; undefined when there is none. */
  takeJobs(): readonly WalkedJob[] | undefined {
    const jobs = this.kept;
    this.kept = undefined;
    return jobs;
  }
}

/** The job a walked item is, for the `builds` stream; `recent`: the newest builds its page asked for. */
export function toWalkedJob(walked: WalkedItem, recent: number): WalkedJob {
  const last = walked.item.lastBuild;
  const job = {
    names: walked.names,
    fullName: walked.fullName,
    lastBuild: last && typeof last.number === 'number' ? last.number : null,
  };
  const builds = recentBuildsOf(walked.item, recent);
  return builds === undefined ? job : { ...job, recent: builds };
}
