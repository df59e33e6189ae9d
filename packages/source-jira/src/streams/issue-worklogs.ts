import { embeddedOrFetched } from '../client/issue-search.js';
import type { JiraClient } from '../client/jira-client.js';
import type { JiraRecord } from '../jira-context.js';
import { issueWorklogsSchema } from '../schemas/issue-schemas.js';
import { IssueChildStream } from './issue-child-stream.js';

/** `issue_worklogs`: worklogs of the issues updated since the cursor (their `updated`). */
export class IssueWorklogs extends IssueChildStream {
  readonly name = 'issue_worklogs';
  readonly jsonSchema = issueWorklogsSchema;
  override readonly primaryKey = [['id']];
  protected readonly searchFields = 'worklog,updated';

  protected async *children(client: JiraClient, issue: JiraRecord, signal: AbortSignal): AsyncGenerator<JiraRecord> {
    for (const worklog of await embeddedOrFetched(client, issue, 'worklog', signal)) {
      yield { ...worklog, issueId: String(worklog.issueId ?? issue.id) };
    }
  }
}
