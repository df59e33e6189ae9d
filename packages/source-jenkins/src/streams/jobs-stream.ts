import { type ReadContext, Stream } from '@faros-ce/sdk';
import { walkJobs } from '../client/walk-jobs.js';
import type { JenkinsConfig } from '../generated/config.js';
import type { JenkinsContext } from '../jenkins-context.js';
import { JOB_SCHEMA } from '../schemas/job-schema.js';
import { type JobRecord, toJobRecord } from './job-record.js';

/**
 * `jobs`: every item of the controller (folders, multibranch projects and their branch jobs
 * included), full refresh, primary key `fullName`. Records leave as each folder page arrives.
 */
export class JobsStream extends Stream<JenkinsConfig> {
  readonly name = 'jobs';
  readonly jsonSchema = JOB_SCHEMA;
  override readonly primaryKey = [['fullName']];

  constructor(private readonly jenkins: JenkinsContext) {
    super();
  }

  async *read(ctx: ReadContext<JenkinsConfig>): AsyncGenerator<JobRecord> {
    const { client, filter, depth, pageSize, server } = this.jenkins;
    const walk = walkJobs(client, { filter, depth, pageSize, logger: ctx.logger, signal: ctx.signal });
    for await (const walked of walk) {
      // Folders give context to the jobs below them; other items follow the include patterns.
      if (walked.isFolder || filter.selects(walked.fullName)) yield toJobRecord(walked, server);
    }
  }
}
