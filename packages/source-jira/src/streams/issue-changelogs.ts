import { withFullChangelog } from '../client/issue-search.js';
import type { JiraClient } from '../client/jira-client.js';
import type { JiraRecord } from '../jira-context.js';
import { issueChangelogsSchema } from '../schemas/issue-schemas.js';
import { IssueChildStream } from './issue-child-stream.js';

/**
 * `issue_changelogs`: each history of the issues updated since the cursor, with `issueId`;
 * `updated` is the history's creation time (histories never change).
 */
export class IssueChangelogs extends IssueChildStream {
  readonly name = 'issue_changelogs';
  readonly jsonSchema = issueChangelogsSchema;
  override readonly primaryKey = [['id']];
  protected readonly searchFields = 'updated';
  protected override readonly searchExpand = 'changelog';

  protected async *children(client: JiraClient, issue: JiraRecord, signal: AbortSignal): AsyncGenerator<JiraRecord> {
    const full = await withFullChangelog(client, issue, signal);
    const histories = ((full.changelog as JiraRecord | undefined)?.histories ?? []) as JiraRecord[];
    for (const history of histories) yield { ...history, issueId: String(issue.id), updated: history.created };
  }
}
