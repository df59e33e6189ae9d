import { createHash } from 'node:crypto';
import type { JiraIssue } from '../world/index.js';
import { JiraError } from './jira-error.js';
import type { JiraRequest } from './jira-route.js';
import { compileJql, type JqlFilter } from './jql-filter.js';
import { parseJql } from './jql-parser.js';

/** What a search asks for, from the query string (GET) or the JSON body (POST). */
export interface SearchInput {
  readonly jql: string;
  /** Undefined when the request names no fields. */
  readonly fields: readonly string[] | undefined;
  readonly expand: string | readonly string[] | undefined;
  readonly nextPageToken: string | undefined;
}

const strings = (value: unknown): string[] | undefined => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return undefined;
};

/** The search parameters of a GET or POST request. */
export function searchInput(request: JiraRequest): SearchInput {
  if (request.method === 'POST') {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<
      string,
      unknown
    >;
    return {
      jql: typeof body.jql === 'string' ? body.jql : '',
      fields: strings(body.fields),
      expand: strings(body.expand),
      nextPageToken: typeof body.nextPageToken === 'string' ? body.nextPageToken : undefined,
    };
  }
  const query = request.url.searchParams;
  const fields = query.getAll('fields');
  return {
    jql: query.get('jql') ?? '',
    fields: fields.length > 0 ? fields : undefined,
    expand: query.getAll('expand'),
    nextPageToken: query.get('nextPageToken') ?? undefined,
  };
}

/** The filter of a JQL query read in the API user's time zone (Jira's 400 when it is malformed). */
export function jqlFilterOf(request: JiraRequest, jql: string): JqlFilter {
  const { site } = request.view;
  return compileJql(parseJql(jql), { jira: site.world.jira, zone: site.apiUser.timeZone, now: site.world.clock.now() });
}

/** The issues a query selects, in its order. */
export function runJql(request: JiraRequest, filter: JqlFilter, within?: Iterable<JiraIssue>): JiraIssue[] {
  const issues = [...(within ?? request.view.site.world.jira.issues.values())].filter(filter.matches);
  return issues.sort(filter.compare);
}

const jqlDigest = (jql: string): string => createHash('sha256').update(jql).digest('base64url').slice(0, 12);

/** An opaque `nextPageToken` for the page starting at `offset` of this query. */
export function pageToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, q: jqlDigest(jql) })).toString('base64url');
}

/** The offset a `nextPageToken` stands for; 400 when it is not one of ours for this query. */
export function offsetOfToken(jql: string, token: string | undefined): number {
  if (token === undefined) return 0;
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (Number.isInteger(decoded.o) && (decoded.o as number) >= 0 && decoded.q === jqlDigest(jql)) {
      return decoded.o as number;
    }
  } catch {
    // fall through to Jira's answer
  }
  throw new JiraError(400, ['The provided next page token is invalid or expired.']);
}
