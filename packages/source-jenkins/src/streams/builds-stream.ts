import { type ReadContext, type SliceContext, Stream, type StreamSlice } from '@faros-ce/sdk';
import type { RecentBuilds } from '../client/recent-builds.js';
import { toWalkedJob, type WalkedJob } from '../client/shared-walk.js';
import type { JenkinsConfig } from '../generated/config.js';
import type { JenkinsContext } from '../jenkins-context.js';
import { BUILD_SCHEMA } from '../schemas/build-schema.js';
import type { BuildRecord } from './build-record.js';
import { readJobBuilds } from './read-job-builds.js';

/** One job: a keyed slice, so each job keeps its own cursor under its full name. */
export interface JobSlice extends StreamSlice {
  readonly key: string;
  readonly names: readonly string[];
  /** `lastBuild.number` when the walk saw the job; null: no builds. */
  readonly lastBuild: number | null;
  /** Its newest builds as the walk's folder page listed them, when it did. */
  readonly recent?: RecentBuilds;
}

/**
 * `builds`: the builds of every selected job, incremental per job on the build number (state
 * `{"<job full name>": {"number": n}}`, n being the first build the next sync must read), primary
 * key `[job, number]`. Jobs are slices found by the folder walk as it goes (or taken from the `jobs`
 * stream's walk of the same sync), read concurrently; a job whose newest build is older than its
 * cursor, or whose builds since its cursor were all listed in its folder page, costs no request
 * (see `readJobBuilds`).
 */
export class BuildsStream extends Stream<JenkinsConfig, JobSlice> {
  readonly name = 'builds';
  readonly jsonSchema = BUILD_SCHEMA;
  override readonly primaryKey = [['job'], ['number']];
  override readonly cursorField = ['number'];

  constructor(private readonly jenkins: JenkinsContext) {
    super();
  }

  override async *slices(ctx: SliceContext<JenkinsConfig>): AsyncGenerator<JobSlice> {
    const { filter, walk } = this.jenkins;
    // The `jobs` stream's walk of this sync, when it ran first and completed; else a walk of our own.
    const walked = walk.takeJobs();
    if (walked !== undefined) {
      for (const job of walked) yield jobSlice(job);
      return;
    }
    for await (const item of walk.items(ctx.logger, ctx.signal, { keep: false, forBuilds: true })) {
      if (item.isFolder || !filter.selects(item.fullName)) continue;
      yield jobSlice(toWalkedJob(item, walk.recentBuilds));
    }
  }

  read(ctx: ReadContext<JenkinsConfig, JobSlice>): AsyncGenerator<BuildRecord> {
    const { client, server, pageSize, maxBuildsPerJob, startMs } = this.jenkins;
    return readJobBuilds({
      client,
      names: ctx.slice.names,
      fullName: ctx.slice.key,
      server,
      bookmark: typeof ctx.bookmark === 'number' ? ctx.bookmark : undefined,
      lastBuild: ctx.slice.lastBuild,
      recent: ctx.slice.recent,
      pageSize,
      maxBuilds: maxBuildsPerJob,
      startMs,
      logger: ctx.logger,
      signal: ctx.signal,
      setCursor: ctx.setCursor,
    });
  }
}

function jobSlice(job: WalkedJob): JobSlice {
  const slice = { key: job.fullName, names: job.names, lastBuild: job.lastBuild };
  return job.recent === undefined ? slice : { ...slice, recent: job.recent };
}
