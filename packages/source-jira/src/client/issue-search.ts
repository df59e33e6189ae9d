import type { JiraRecord } from '../jira-context.js';
import { isFuture, jqlDate } from '../jql-date.js';
import { notFoundIgnored } from './jira-classifier.js';
import type { JiraClient } from './jira-client.js';
import { jiraItems } from './jira-pages.js';

/** What to search: one project's issues updated since a time, oldest update first. */
export interface IssueQuery {
  /** Project key (a slice). */
  readonly project: string;
  /** Epoch ms: issues updated at or after it, to Jira's minute (the boundary minute is read again). */
  readonly sinceMs?: number;
  /** Fields to return (`*all`, or a comma list). */
  readonly fields: string;
  /** Expansions (`changelog`, `names`...). */
  readonly expand?: string;
  readonly pageSize: number;
  readonly signal?: AbortSignal;
}

/** The JQL of a query, oldest update first, dates written in the API user's zone. */
export async function issueJql(client: JiraClient, query: Pick<IssueQuery, 'project' | 'sinceMs'>): Promise<string> {
  return `${await issueClause(client, query)} ORDER BY updated ASC`;
}

/** The JQL condition of a query (no order): `project = "KEY" AND updated >= "yyyy-MM-dd HH:mm"`. */
export async function issueClause(client: JiraClient, query: Pick<IssueQuery, 'project' | 'sinceMs'>): Promise<string> {
  const parts = [`project = "${query.project.replace(/"/g, '\\"')}"`];
  if (query.sinceMs !== undefined) parts.push(`updated >= "${jqlDate(query.sinceMs, await client.timeZone())}"`);
  return parts.join(' AND ');
}

/**
 * The issues of a query: Cloud's enhanced search (`/rest/api/3/search/jql`, `nextPageToken`), Data
 * Center's `/rest/api/2/search` (`startAt`/`maxResults`/`total`).
 */
export async function* searchIssues(
  client: JiraClient,
  query: IssueQuery,
): AsyncGenerator<JiraRecord, void, undefined> {
  if (isFuture(query.sinceMs)) return;
  yield* searchJql(client, { ...query, jql: await issueJql(client, query) });
}

/** What to search with a JQL of the caller's. */
export interface JqlQuery {
  readonly jql: string;
  readonly fields: string;
  readonly expand?: string;
  readonly pageSize: number;
  readonly signal?: AbortSignal;
}

/** The issues a JQL finds, on either flavor's search endpoint. */
export async function* searchJql(client: JiraClient, query: JqlQuery): AsyncGenerator<JiraRecord, void, undefined> {
  const params = {
    jql: query.jql,
    fields: query.fields,
    maxResults: query.pageSize,
    ...(query.expand ? { expand: query.expand } : {}),
  };
  const cloud = client.flavor === 'cloud';
  yield* jiraItems(
    client,
    { url: `${client.api}/${cloud ? 'search/jql' : 'search'}`, params, signal: query.signal },
    cloud ? { kind: 'token', container: 'issues' } : { kind: 'container', container: 'issues' },
    query.pageSize,
  );
}

/**
 * The issue with its whole changelog: Cloud's search embeds only the latest histories (40), so
 * the rest is read from `/issue/{id}/changelog` when `changelog.total` says there is more.
 */
export async function withFullChangelog(
  client: JiraClient,
  issue: JiraRecord,
  signal?: AbortSignal,
): Promise<JiraRecord> {
  const changelog = issue.changelog as { total?: number; histories?: unknown[] } | undefined;
  if (!changelog || client.flavor !== 'cloud') return issue;
  const histories = changelog.histories ?? [];
  if (typeof changelog.total !== 'number' || changelog.total <= histories.length) return issue;
  const all: unknown[] = [];
  const request = { url: `${client.api}/issue/${issue.id}/changelog`, signal, classify: notFoundIgnored };
  for await (const history of jiraItems(client, request, { kind: 'values' }, 100)) all.push(history);
  return { ...issue, changelog: { startAt: 0, maxResults: all.length, total: all.length, histories: all } };
}

/**
 * The items of a list an issue embeds in a field (`comment.comments`, `worklog.worklogs`): as
 * embedded when complete, else read from the issue's own endpoint.
 */
export async function embeddedOrFetched(
  client: JiraClient,
  issue: JiraRecord,
  field: 'comment' | 'worklog',
  signal?: AbortSignal,
): Promise<JiraRecord[]> {
  const container = field === 'comment' ? 'comments' : 'worklogs';
  const fields = (issue.fields ?? {}) as JiraRecord;
  const embedded = fields[field] as ({ total?: number } & Record<string, unknown>) | undefined | null;
  const items = Array.isArray(embedded?.[container]) ? (embedded?.[container] as JiraRecord[]) : undefined;
  if (items && (typeof embedded?.total !== 'number' || embedded.total <= items.length)) return items;
  const request = { url: `${client.api}/issue/${issue.id}/${field}`, signal, classify: notFoundIgnored };
  const all: JiraRecord[] = [];
  for await (const item of jiraItems(client, request, { kind: 'container', container }, 100)) all.push(item);
  return all;
}
