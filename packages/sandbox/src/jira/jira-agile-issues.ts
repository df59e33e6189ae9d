import type { JiraBoard, JiraIssue, JiraSprint } from '../world/index.js';
import { JiraError } from './jira-error.js';
import { selectFields } from './jira-issue-fields.js';
import { expansions, renderIssue } from './jira-issue-render.js';
import type { JiraRequest } from './jira-route.js';
import { jqlFilterOf, runJql, searchInput } from './jira-search.js';

/** The board of the `boardId` path parameter; Jira's 404 otherwise. */
export function findBoard(request: JiraRequest): JiraBoard {
  const board = request.view.site.world.jira.boards.get(request.params.boardId ?? '');
  if (!board) throw new JiraError(404, ['Board does not exist or you do not have permission to see it.']);
  return board;
}

/** The sprint of the `sprintId` path parameter; Jira's 404 otherwise. */
export function findSprint(request: JiraRequest): JiraSprint {
  const sprint = request.view.site.world.jira.sprints.get(request.params.sprintId ?? '');
  if (!sprint) throw new JiraError(404, ['Sprint does not exist or you do not have permission to see it.']);
  return sprint;
}

/** Every issue ever in the sprint, including those moved to another project since. */
export function sprintIssues(request: JiraRequest, sprint: JiraSprint): JiraIssue[] {
  return [...request.view.site.world.jira.issues.values()].filter((i) => i.sprintIds.includes(sprint.id));
}

/**
 * The issues an agile listing selects (narrowed by `jql`, in rank order, which is creation order here,
 * unless the JQL orders them) and how to render each, with the agile fields.
 */
export function agileIssueSelection(
  request: JiraRequest,
  within: readonly JiraIssue[],
): { issues: readonly JiraIssue[]; render: (issue: JiraIssue) => unknown } {
  const input = searchInput(request);
  const ordered = /order\s+by/i.test(input.jql);
  const filter = jqlFilterOf(request, input.jql);
  const issues = ordered ? runJql(request, filter, within) : within.filter(filter.matches);
  const fields = selectFields(input.fields, ['*navigable'], true);
  const expand = expansions(input.expand);
  return { issues, render: (issue) => renderIssue(request.view, issue, { fields, expand, agile: true }) };
}
