import { embeddedOrFetched } from '../client/issue-search.js';
import type { JiraClient } from '../client/jira-client.js';
import type { JiraRecord } from '../jira-context.js';
import { issueCommentsSchema } from '../schemas/issue-schemas.js';
import { IssueChildStream } from './issue-child-stream.js';

/** `issue_comments`: comments of the issues updated since the cursor (their `updated`), with `issueId`. */
export class IssueComments extends IssueChildStream {
  readonly name = 'issue_comments';
  readonly jsonSchema = issueCommentsSchema;
  override readonly primaryKey = [['id']];
  protected readonly searchFields = 'comment,updated';

  protected async *children(client: JiraClient, issue: JiraRecord, signal: AbortSignal): AsyncGenerator<JiraRecord> {
    for (const comment of await embeddedOrFetched(client, issue, 'comment', signal)) {
      yield { ...comment, issueId: String(issue.id) };
    }
  }
}
