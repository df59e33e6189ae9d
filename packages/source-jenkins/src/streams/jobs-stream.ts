import { type ReadContext, Stream } from '@faros-ce/sdk';
import type { JenkinsConfig } from '../generated/config.js';
import type { JenkinsContext } from '../jenkins-context.js';
import { JOB_SCHEMA } from '../schemas/job-schema.js';
import { type JobRecord, toJobRecord } from './job-record.js';

/**
 * `jobs`: every item of the controller (folders, multibranch projects and their branch jobs
 * included), full refresh, primary key `fullName`. Records leave as each folder page arrives; the
 * selected jobs of a completed walk are kept for `builds` (see `SharedWalk`).
 */
export class JobsStream extends Stream<JenkinsConfig> {
  readonly name = 'jobs';
  readonly jsonSchema = JOB_SCHEMA;
  override readonly primaryKey = [['fullName']];

  constructor(private readonly jenkins: JenkinsContext) {
    super();
  }

  async *read(ctx: ReadContext<JenkinsConfig>): AsyncGenerator<JobRecord> {
    const { filter, server, walk } = this.jenkins;
    // The walk is kept for the `builds` stream when it completes: one walk per sync. Without
    // `builds` in the catalog, the folder pages need not list any build.
    const forBuilds = ctx.selectedStreams.has('builds');
    for await (const walked of walk.items(ctx.logger, ctx.signal, { keep: true, forBuilds })) {
      // Folders give context to the jobs below them; other items follow the include patterns.
      if (walked.isFolder || filter.selects(walked.fullName)) yield toJobRecord(walked, server);
    }
  }
}
