import type { JiraVersion } from '../world/index.js';
import { commentsOf, renderComment, renderHistory, renderWorklog, worklogsOf } from './jira-activity.js';
import {
  renderField,
  renderIssueLinkTypes,
  renderIssueType,
  renderPriority,
  renderProject,
  renderResolution,
  renderStatus,
  renderStatusCategory,
  renderVersion,
  STATUS_CATEGORIES,
} from './jira-catalog-render.js';
import { selectFields } from './jira-issue-fields.js';
import { expansions, renderIssue } from './jira-issue-render.js';
import { findIssue, findProject } from './jira-lookup.js';
import { pageBean, pageRequest, param } from './jira-paging.js';
import { flavorRoute, type JiraRequest, type JiraRoute, platformRoutes } from './jira-route.js';
import { formatJiraTime } from './jira-time.js';
import { renderUser } from './jira-users.js';

// REST platform endpoints (v3 on Cloud, v2 on Data Center) other than issue search.

function serverInfo({ view }: JiraRequest): unknown {
  const cloud = view.site.flavor === 'cloud';
  const versionNumbers = cloud ? [1001, 0, 0] : [9, 12, 15];
  return {
    baseUrl: view.base,
    ...(cloud ? { displayUrl: view.base } : {}),
    version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.15',
    versionNumbers,
    deploymentType: cloud ? 'Cloud' : 'Server',
    buildNumber: cloud ? 100_298 : 9_120_015,
    buildDate: formatJiraTime(Date.UTC(2025, 4, 28)),
    serverTime: formatJiraTime(view.site.world.clock.now()),
    scmInfo: 'a2c2f3ad8e0d5b1c7c3f9e2b6d4a1f0e8c7b6a59',
    serverTitle: 'Jira',
  };
}

function myself({ view }: JiraRequest): unknown {
  return {
    ...renderUser(view, view.site.apiUser, true),
    groups: { size: 2, items: [] },
    applicationRoles: { size: 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}

const allUsers = (request: JiraRequest) => [...request.view.site.world.jira.users.values()];

function usersSearch(request: JiraRequest): unknown {
  const page = pageRequest(request, 50, 1000);
  return allUsers(request)
    .slice(page.startAt, page.startAt + page.maxResults)
    .map((u) => renderUser(request.view, u, true));
}

function userSearch(request: JiraRequest): unknown {
  // Data Center's `username` matches the start of names, display names and emails; "." matches everyone.
  const wanted = (param(request, 'username') ?? '').toLowerCase();
  const page = pageRequest(request, 50, 1000);
  const matches = allUsers(request).filter((u) => {
    if (wanted === '.' || wanted === '') return true;
    return [u.name, u.displayName, u.emailAddress ?? ''].some((s) => s.toLowerCase().includes(wanted));
  });
  return matches.slice(page.startAt, page.startAt + page.maxResults).map((u) => renderUser(request.view, u, true));
}

function projectSearch(request: JiraRequest): unknown {
  const { view } = request;
  const query = (param(request, 'query') ?? '').toLowerCase();
  const keys = request.url.searchParams.getAll('keys').flatMap((k) => k.split(','));
  const projects = [...view.site.world.jira.projects.values()]
    .filter((p) => keys.length === 0 || keys.includes(p.key))
    .filter((p) => query === '' || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query))
    .sort((a, b) => (param(request, 'orderBy') === 'name' ? a.name.localeCompare(b.name) : a.key.localeCompare(b.key)));
  const expand = expansions(param(request, 'expand'));
  return pageBean(request, projects, pageRequest(request, 50, 100), (p) => renderProject(view, p, expand));
}

function projectList(request: JiraRequest): unknown {
  const expand = expansions(param(request, 'expand'));
  return [...request.view.site.world.jira.projects.values()].map((p) => renderProject(request.view, p, expand));
}

function project(request: JiraRequest): unknown {
  const found = findProject(request.view, request.params.projectIdOrKey ?? '');
  const expand = expansions(param(request, 'expand'));
  return renderProject(request.view, found, new Set([...expand, 'description', 'lead', 'issueTypes']));
}

const versionsOf = (request: JiraRequest) => {
  const found = findProject(request.view, request.params.projectIdOrKey ?? '');
  return request.view.site.world.jira.versions.group(found.id);
};

function issueBean(request: JiraRequest): unknown {
  const { view } = request;
  const issue = findIssue(view, request.params.issueIdOrKey ?? '');
  const fields = selectFields(request.url.searchParams.getAll('fields'), ['*all']);
  const expand = expansions(param(request, 'expand'));
  // Cloud embeds at most 100 histories in an issue; Data Center all of them.
  const changelogLimit = view.site.flavor === 'cloud' ? 100 : undefined;
  return renderIssue(view, issue, { fields, expand, changelogLimit });
}

function changelog(request: JiraRequest): unknown {
  const issue = findIssue(request.view, request.params.issueIdOrKey ?? '');
  return pageBean(request, issue.changelog, pageRequest(request, 100, 100), (e) => renderHistory(request.view, e));
}

function comments(request: JiraRequest): unknown {
  const issue = findIssue(request.view, request.params.issueIdOrKey ?? '');
  const all = commentsOf(issue);
  if (param(request, 'orderBy') === '-created') all.reverse();
  const page = pageRequest(request, 100, 100);
  return {
    startAt: page.startAt,
    maxResults: page.maxResults,
    total: all.length,
    comments: all.slice(page.startAt, page.startAt + page.maxResults).map((c) => renderComment(request.view, issue, c)),
  };
}

function worklogs(request: JiraRequest): unknown {
  const issue = findIssue(request.view, request.params.issueIdOrKey ?? '');
  const after = Number(param(request, 'startedAfter') ?? Number.NEGATIVE_INFINITY);
  const before = Number(param(request, 'startedBefore') ?? Number.POSITIVE_INFINITY);
  const all = worklogsOf(issue).filter((w) => w.started >= after && w.started <= before);
  const page = pageRequest(request, 5000, 5000);
  return {
    startAt: page.startAt,
    maxResults: page.maxResults,
    total: all.length,
    worklogs: all.slice(page.startAt, page.startAt + page.maxResults).map((w) => renderWorklog(request.view, issue, w)),
  };
}

const labelsOf = (request: JiraRequest): string[] => {
  const labels = new Set<string>();
  for (const issue of request.view.site.world.jira.issues.values()) for (const l of issue.labels) labels.add(l);
  return [...labels].sort();
};

/** The platform routes of both flavors. */
export const PLATFORM_ROUTES: readonly JiraRoute[] = [
  ...platformRoutes('GET', '/serverInfo', serverInfo),
  ...platformRoutes('GET', '/myself', myself),
  flavorRoute('cloud', 'GET', '/users/search', usersSearch),
  flavorRoute('dataCenter', 'GET', '/user/search', userSearch),
  flavorRoute('cloud', 'GET', '/project/search', projectSearch),
  flavorRoute('dataCenter', 'GET', '/project', projectList),
  ...platformRoutes('GET', '/project/{projectIdOrKey}', project),
  flavorRoute('cloud', 'GET', '/project/{projectIdOrKey}/version', (r) =>
    pageBean(r, versionsOf(r), pageRequest(r, 50, 50), (v) => renderVersionOf(r, v)),
  ),
  ...platformRoutes('GET', '/project/{projectIdOrKey}/versions', (r) =>
    versionsOf(r).map((v) => renderVersionOf(r, v)),
  ),
  ...platformRoutes('GET', '/field', ({ view }) =>
    [...view.site.world.jira.fields.values()].map((f) => renderField(f, view.site.flavor)),
  ),
  ...platformRoutes('GET', '/issuetype', ({ view }) =>
    [...view.site.world.jira.issueTypes.values()].map((t) => renderIssueType(view, t)),
  ),
  ...platformRoutes('GET', '/priority', ({ view }) =>
    [...view.site.world.jira.priorities.values()].map((p) => renderPriority(view, p, true)),
  ),
  flavorRoute('cloud', 'GET', '/priority/search', (r) =>
    pageBean(r, [...r.view.site.world.jira.priorities.values()], pageRequest(r, 50, 50), (p) =>
      renderPriority(r.view, p, true),
    ),
  ),
  ...platformRoutes('GET', '/resolution', ({ view }) =>
    [...view.site.world.jira.resolutions.values()].map((p) => renderResolution(view, p)),
  ),
  flavorRoute('cloud', 'GET', '/resolution/search', (r) =>
    pageBean(r, [...r.view.site.world.jira.resolutions.values()], pageRequest(r, 50, 50), (p) =>
      renderResolution(r.view, p, true),
    ),
  ),
  ...platformRoutes('GET', '/status', ({ view }) =>
    [...view.site.world.jira.statuses.values()].map((s) => renderStatus(view, s)),
  ),
  ...platformRoutes('GET', '/statuscategory', ({ view }) =>
    STATUS_CATEGORIES.map((c) => renderStatusCategory(view, c.id)),
  ),
  flavorRoute('cloud', 'GET', '/label', (r) => pageBean(r, labelsOf(r), pageRequest(r, 1000, 1000), (l) => l)),
  ...platformRoutes('GET', '/issueLinkType', ({ view }) => renderIssueLinkTypes(view)),
  ...platformRoutes('GET', '/issue/{issueIdOrKey}', issueBean),
  flavorRoute('cloud', 'GET', '/issue/{issueIdOrKey}/changelog', changelog),
  ...platformRoutes('GET', '/issue/{issueIdOrKey}/comment', comments),
  ...platformRoutes('GET', '/issue/{issueIdOrKey}/worklog', worklogs),
];

function renderVersionOf(request: JiraRequest, version: JiraVersion): unknown {
  return renderVersion(request.view, version);
}
