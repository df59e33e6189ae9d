import type { JiraRecord } from '../jira-context.js';
import { isFuture, jqlDate } from '../jql-date.js';
import { notFoundIgnored } from './jira-classifier.js';
import type { JiraClient } from './jira-client.js';
import { jiraItems } from './jira-pages.js';

/** What to list from an agile board or sprint. */
export interface AgileIssueQuery {
  /** `/rest/agile/1.0/board/{id}/issue` or `/rest/agile/1.0/sprint/{id}/issue`. */
  readonly url: string;
  /** Epoch ms: issues updated at or after it (to the minute, in the user's zone). */
  readonly sinceMs?: number;
  readonly fields: string;
  readonly pageSize: number;
  readonly signal?: AbortSignal;
}

/** The issues of a board or sprint (`{issues, startAt, maxResults, total}`); none when it is gone. */
export async function* agileIssues(client: JiraClient, query: AgileIssueQuery): AsyncGenerator<JiraRecord> {
  if (isFuture(query.sinceMs)) return;
  const params: Record<string, string | number> = { fields: query.fields };
  if (query.sinceMs !== undefined) params.jql = `updated >= "${jqlDate(query.sinceMs, await client.timeZone())}"`;
  yield* jiraItems(
    client,
    { url: query.url, params, signal: query.signal, classify: notFoundIgnored },
    { kind: 'container', container: 'issues' },
    query.pageSize,
  );
}
