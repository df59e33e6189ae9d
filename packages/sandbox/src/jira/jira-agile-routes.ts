import type { JiraBoard, JiraIssue } from '../world/index.js';
import { JIRA_CUSTOM_FIELDS } from '../world/index.js';
import { agileIssueSelection, findBoard, findSprint, sprintIssues } from './jira-agile-issues.js';
import { JiraError } from './jira-error.js';
import { renderSprint } from './jira-issue-fields.js';
import { pageBean, pageRequest, param } from './jira-paging.js';
import { agileRoutes, type JiraRequest, type JiraRoute } from './jira-route.js';
import { avatarUrls } from './jira-users.js';
import type { JiraView } from './jira-view.js';

// Jira Software's agile REST API 1.0: boards, their configuration and issues, sprints and their issues.

/** The agile issue listing: `{expand, startAt, maxResults, total, issues}` with the agile fields. */
function agileIssues(request: JiraRequest, within: readonly JiraIssue[]): unknown {
  const { issues, render } = agileIssueSelection(request, within);
  const page = pageRequest(request, 50, 100);
  return {
    expand: 'schema,names',
    startAt: page.startAt,
    maxResults: page.maxResults,
    total: issues.length,
    issues: issues.slice(page.startAt, page.startAt + page.maxResults).map(render),
  };
}

const STATE_ORDER = { closed: 0, active: 1, future: 2 } as const;

function renderBoard(view: JiraView, board: JiraBoard): Record<string, unknown> {
  const project = view.site.world.jira.projects.byId(board.projectId);
  return {
    id: board.id,
    self: `${view.base}/rest/agile/1.0/board/${board.id}`,
    name: board.name,
    type: board.type,
    ...(project
      ? {
          location: {
            projectId: Number(project.id),
            displayName: `${project.name} (${project.key})`,
            projectName: project.name,
            projectKey: project.key,
            projectTypeKey: project.projectTypeKey,
            avatarURI: avatarUrls(view.base, `/secure/projectavatar?pid=${project.id}`)['48x48'],
            name: `${project.name} (${project.key})`,
          },
        }
      : {}),
    ...(view.site.flavor === 'cloud' ? { isPrivate: false } : {}),
  };
}

function boards(request: JiraRequest): unknown {
  const { view } = request;
  const types = (param(request, 'type') ?? '').split(',').filter((t) => t !== '');
  const projectKeyOrId = param(request, 'projectKeyOrId');
  const name = (param(request, 'name') ?? '').toLowerCase();
  const { jira } = view.site.world;
  const project =
    projectKeyOrId === undefined
      ? undefined
      : (jira.projects.get(projectKeyOrId) ?? jira.projects.byId(projectKeyOrId));
  if (projectKeyOrId !== undefined && !project) {
    throw new JiraError(400, [], { projectKeyOrId: `No project could be found with key or id '${projectKeyOrId}'` });
  }
  const selected = [...jira.boards.values()]
    .filter((b) => types.length === 0 || types.includes(b.type))
    .filter((b) => project === undefined || b.projectId === project.id)
    .filter((b) => name === '' || b.name.toLowerCase().includes(name));
  const {
    self: _self,
    nextPage: _next,
    ...page
  } = pageBean(request, selected, pageRequest(request, 50, 50), (b) => renderBoard(view, b));
  return page;
}

function configuration(request: JiraRequest): unknown {
  const { view } = request;
  const board = findBoard(request);
  const project = view.site.world.jira.projects.byId(board.projectId);
  const status = (id: string) => ({ id, self: `${view.base}${view.site.api}/status/${id}` });
  return {
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${view.base}/rest/agile/1.0/board/${board.id}/configuration`,
    // The agile description closes this object to these two members.
    ...(project ? { location: { type: 'project', projectKeyOrId: project.key } } : {}),
    filter: { id: String(10_000 + board.id), self: `${view.base}${view.site.api}/filter/${10_000 + board.id}` },
    ...(board.type === 'kanban'
      ? { subQuery: { query: 'fixVersion in unreleasedVersions() OR fixVersion is EMPTY' } }
      : {}),
    columnConfig: {
      columns: [
        { name: 'To Do', statuses: [status('10000')] },
        { name: 'In Progress', statuses: [status('3')] },
        { name: 'In Review', statuses: [status('10001')] },
        { name: 'Done', statuses: [status('10002')] },
      ],
      constraintType: 'none',
    },
    estimation: {
      type: 'field',
      field: { fieldId: JIRA_CUSTOM_FIELDS.storyPoints, displayName: 'Story point estimate' },
    },
    ranking: { rankCustomFieldId: Number(JIRA_CUSTOM_FIELDS.rank.slice('customfield_'.length)) },
  };
}

function sprints(request: JiraRequest): unknown {
  const board = findBoard(request);
  if (board.type !== 'scrum') throw new JiraError(400, ['The board does not support sprints']);
  const states = (param(request, 'state') ?? '').split(',').filter((s) => s !== '');
  const list = [...request.view.site.world.jira.sprints.group(String(board.id))]
    .filter((s) => states.length === 0 || states.includes(s.state))
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.id - b.id);
  // Sprint pages carry no total: clients page on isLast.
  const {
    self: _self,
    nextPage: _next,
    total: _total,
    ...page
  } = pageBean(request, list, pageRequest(request, 50, 50), (s) => renderSprint(request.view, s));
  return page;
}

/** The agile routes, the same on both flavors. */
export const AGILE_ROUTES: readonly JiraRoute[] = [
  ...agileRoutes('GET', '/rest/agile/1.0/board', boards),
  ...agileRoutes('GET', '/rest/agile/1.0/board/{boardId}', (r) => renderBoard(r.view, findBoard(r))),
  ...agileRoutes('GET', '/rest/agile/1.0/board/{boardId}/configuration', configuration),
  ...agileRoutes('GET', '/rest/agile/1.0/board/{boardId}/issue', (r) =>
    agileIssues(r, r.view.site.world.jira.issues.group(findBoard(r).projectId)),
  ),
  ...agileRoutes('GET', '/rest/agile/1.0/board/{boardId}/sprint', sprints),
  ...agileRoutes('GET', '/rest/agile/1.0/sprint/{sprintId}', (r) => renderSprint(r.view, findSprint(r))),
  // The description gives this operation no schema; its answer is the board issues' SearchResults.
  ...agileRoutes(
    'GET',
    '/rest/agile/1.0/sprint/{sprintId}/issue',
    (r) => agileIssues(r, sprintIssues(r, findSprint(r))),
    '/rest/agile/1.0/board/{boardId}/issue',
  ),
];
