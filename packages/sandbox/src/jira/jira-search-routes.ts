import { JiraError } from './jira-error.js';
import { selectFields } from './jira-issue-fields.js';
import { expansions, fieldMetadata, renderIssue } from './jira-issue-render.js';
import { pageRequest } from './jira-paging.js';
import { flavorRoute, type JiraRequest, type JiraRoute } from './jira-route.js';
import { jqlFilterOf, offsetOfToken, pageToken, runJql, searchInput } from './jira-search.js';

/** How many changelog histories Cloud's search embeds per issue; page the rest per issue. */
export const SEARCH_CHANGELOG_LIMIT = 40;

const ID_FIELDS = new Set(['id', 'key']);

/**
 * Cloud's `search/jql`: token paging (`nextPageToken`, `isLast`, no total), ids only unless fields
 * are asked, up to 5000 per page for ids/keys only and 100 otherwise, bounded JQL only.
 */
function searchJql(request: JiraRequest): unknown {
  const { view } = request;
  const input = searchInput(request);
  const filter = jqlFilterOf(request, input.jql);
  if (!filter.bounded) {
    throw new JiraError(400, [
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    ]);
  }
  const fieldsAsked = input.fields?.some((f) => f.trim() !== '') ?? false;
  const idsOnly =
    !fieldsAsked || (input.fields ?? []).flatMap((f) => f.split(',')).every((f) => ID_FIELDS.has(f.trim()));
  const page = pageRequest(request, 50, idsOnly ? 5000 : 100);
  const offset = offsetOfToken(input.jql, input.nextPageToken);
  const issues = runJql(request, filter);
  const slice = issues.slice(offset, offset + page.maxResults);
  const isLast = offset + slice.length >= issues.length;
  const expand = expansions(input.expand);
  const fields = fieldsAsked ? selectFields(input.fields, []) : new Set<string>();
  const rendered = slice.map((issue) => {
    if (!fieldsAsked && expand.size === 0) return { id: issue.id };
    return renderIssue(view, issue, { fields, expand, changelogLimit: SEARCH_CHANGELOG_LIMIT });
  });
  const metadata = expand.has('names') || expand.has('schema') ? fieldMetadata(view, fields) : undefined;
  return {
    issues: rendered,
    ...(isLast ? {} : { nextPageToken: pageToken(input.jql, offset + slice.length) }),
    isLast,
    ...(metadata && expand.has('names') ? { names: metadata.names } : {}),
    ...(metadata && expand.has('schema') ? { schema: metadata.schema } : {}),
  };
}

/** Data Center's `search`: offset paging with `total`, all navigable fields by default, up to 1000 a page. */
function searchV2(request: JiraRequest): unknown {
  const input = searchInput(request);
  const filter = jqlFilterOf(request, input.jql);
  const page = pageRequest(request, 50, 1000);
  const issues = runJql(request, filter);
  const fields = selectFields(input.fields, ['*navigable']);
  const expand = expansions(input.expand);
  return {
    expand: 'schema,names',
    startAt: page.startAt,
    maxResults: page.maxResults,
    total: issues.length,
    issues: issues
      .slice(page.startAt, page.startAt + page.maxResults)
      .map((issue) => renderIssue(request.view, issue, { fields, expand })),
  };
}

/** The issue search routes. */
export const SEARCH_ROUTES: readonly JiraRoute[] = [
  flavorRoute('cloud', 'GET', '/search/jql', searchJql),
  flavorRoute('cloud', 'POST', '/search/jql', searchJql),
  flavorRoute('dataCenter', 'GET', '/search', searchV2),
  flavorRoute('dataCenter', 'POST', '/search', searchV2),
];
