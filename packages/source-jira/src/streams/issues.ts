import type { ReadContext } from '@faros-ce/sdk';
import { withFullChangelog } from '../client/issue-search.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraContext, JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { issuesSchema } from '../schemas/issue-schemas.js';
import { type IssueSearchSpec, ProjectIncrementalStream, type ProjectSlice } from './jira-stream.js';

/**
 * `issues`: every field (custom ones included), the names of the fields and the full changelog,
 * per project, oldest update first, so a checkpoint every `checkpoint_every` issues is safe.
 * Airbyte's extra top-level fields are added: `projectId`, `projectKey`, `created`, `updated`.
 */
export class Issues extends ProjectIncrementalStream {
  readonly name = 'issues';
  readonly jsonSchema = issuesSchema;
  override readonly primaryKey = [['id']];
  override readonly sortedByCursor = true;
  override readonly checkpointInterval: number;

  constructor(jira: JiraContext) {
    super(jira);
    this.checkpointInterval = jira.config.checkpoint_every;
  }

  protected searchSpec(): Promise<IssueSearchSpec> {
    return Promise.resolve({ fields: '*all', expand: this.jira.config.expand_changelog ? 'changelog,names' : 'names' });
  }

  async *read(ctx: ReadContext<JiraConfig, ProjectSlice>): AsyncGenerator<JiraRecord> {
    const client = await this.client();
    const { config } = ctx;
    const seen = new Set<string>();
    for await (const issue of await this.issuesOf(ctx)) {
      const fields = (issue.fields ?? {}) as JiraRecord;
      // An issue updated while we page may come twice: the same version once.
      const version = `${issue.id}@${fields.updated}`;
      if (this.isOld(jiraMs(fields.updated), ctx.bookmark) || seen.has(version)) continue;
      seen.add(version);
      yield issueRecord(
        config.expand_changelog ? await withFullChangelog(client, issue, ctx.signal) : withoutChangelog(issue),
      );
    }
  }
}

// An issue found by the search shared with `issue_changelogs` carries the changelog that
// `expand_changelog: false` leaves out of the records.
function withoutChangelog(issue: JiraRecord): JiraRecord {
  const { changelog: _changelog, ...rest } = issue;
  return rest;
}

/** An issue as Airbyte's `issues` stream shapes it. */
export function issueRecord(issue: JiraRecord): JiraRecord {
  const fields = (issue.fields ?? {}) as JiraRecord;
  const project = (fields.project ?? {}) as JiraRecord;
  return {
    ...issue,
    projectId: project.id === undefined ? undefined : String(project.id),
    projectKey: project.key,
    created: fields.created,
    updated: fields.updated,
  };
}
