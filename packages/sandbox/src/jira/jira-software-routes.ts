import type { JiraIssue } from '../world/index.js';
import { agileIssueSelection, findBoard, findSprint, sprintIssues } from './jira-agile-issues.js';
import { pageRequest, param } from './jira-paging.js';
import type { JiraRequest, JiraRoute } from './jira-route.js';
import { offsetOfToken, pageToken } from './jira-search.js';

// Jira Cloud's token-paged agile issue listings under `/rest/software/1.0` (what jira.js 6's
// getIssuesForBoard and getIssuesForSprint call): `{expand, issues, nextPageToken?, isLast}`.
// Atlassian's agile description in ../shared has no such paths; the fidelity test checks the issues
// against the agile 1.0 listing's schema and the page members against test/jira/jira-extra.schema.json.

function tokenPage(request: JiraRequest, within: readonly JiraIssue[]): unknown {
  const { issues, render } = agileIssueSelection(request, within);
  const scope = `${request.url.pathname}?${param(request, 'jql') ?? ''}`;
  const offset = offsetOfToken(scope, param(request, 'nextPageToken'));
  const { maxResults } = pageRequest(request, 50, 100);
  const slice = issues.slice(offset, offset + maxResults);
  const isLast = offset + slice.length >= issues.length;
  return {
    expand: 'schema,names',
    issues: slice.map(render),
    ...(isLast ? {} : { nextPageToken: pageToken(scope, offset + slice.length) }),
    isLast,
  };
}

const route = (path: string, handle: (request: JiraRequest) => unknown): JiraRoute => ({
  method: 'GET',
  path,
  flavor: 'cloud',
  spec: { file: 'software', path: '/rest/agile/1.0/board/{boardId}/issue' },
  handle,
});

/** The Cloud-only `/rest/software/1.0` issue listings. */
export const SOFTWARE_ROUTES: readonly JiraRoute[] = [
  route('/rest/software/1.0/board/{boardId}/issue', (r) =>
    tokenPage(r, r.view.site.world.jira.issues.group(findBoard(r).projectId)),
  ),
  route('/rest/software/1.0/sprint/{sprintId}/issue', (r) => tokenPage(r, sprintIssues(r, findSprint(r)))),
];
