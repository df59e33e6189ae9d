import type { ReadContext, SliceContext, StreamSlice } from '@faros-ce/sdk';
import { agileIssues } from '../client/agile-issues.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { sprintIssuesSchema } from '../schemas/issue-schemas.js';
import { TimeCursorStream } from './jira-stream.js';

/** A slice per sprint. */
export interface SprintSlice extends StreamSlice {
  readonly key: string;
  readonly sprintId: number;
}

/**
 * `sprint_issues`: per sprint, its issues updated since the sprint's cursor, with status and story
 * points; `id` is `<sprintId>-<issueId>` as in Airbyte's source, since an issue can be in many sprints.
 */
export class SprintIssues extends TimeCursorStream {
  readonly name = 'sprint_issues';
  readonly jsonSchema = sprintIssuesSchema;
  override readonly primaryKey = [['id']];

  override async *slices(_ctx: SliceContext<JiraConfig>): AsyncGenerator<SprintSlice> {
    for (const sprint of await this.jira.sprints()) yield { key: String(sprint.id), sprintId: Number(sprint.id) };
  }

  async *read(ctx: ReadContext<JiraConfig, SprintSlice>): AsyncGenerator<JiraRecord> {
    const client = await this.client();
    const points = await this.jira.storyPointFieldIds();
    const issues = agileIssues(client, {
      url: `/rest/agile/1.0/sprint/${ctx.slice.sprintId}/issue`,
      sinceMs: this.sinceMs(ctx.bookmark),
      // `sprint` and `closedSprints` tell Faros which sprint is the issue's current one.
      fields: ['key', 'status', 'created', 'updated', 'sprint', 'closedSprints', ...points].join(','),
      pageSize: ctx.config.page_size,
      signal: ctx.signal,
    });
    for await (const issue of issues) {
      const fields = (issue.fields ?? {}) as JiraRecord;
      if (this.isOld(jiraMs(fields.updated), ctx.bookmark)) continue;
      yield {
        ...issue,
        id: `${ctx.slice.sprintId}-${issue.id}`,
        issueId: String(issue.id),
        sprintId: ctx.slice.sprintId,
        created: fields.created,
        updated: fields.updated,
      };
    }
  }
}
