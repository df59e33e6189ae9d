import type { JiraIssue, JiraSprint } from '../world/index.js';
import { JIRA_CUSTOM_FIELDS } from '../world/index.js';
import { commentsOf, formatDuration, renderComment, renderWorklog, worklogsOf } from './jira-activity.js';
import {
  renderIssueType,
  renderPriority,
  renderProjectRef,
  renderResolution,
  renderStatus,
  renderVersion,
} from './jira-catalog-render.js';
import { renderDevSummary } from './jira-dev-summary.js';
import { richText } from './jira-rich-text.js';
import { formatJiraDate, formatJiraTime } from './jira-time.js';
import { renderUserRef } from './jira-users.js';
import type { JiraView } from './jira-view.js';

type FieldRenderer = (view: JiraView, issue: JiraIssue) => unknown;

const time = (ms: number | null): string | null => (ms === null ? null : formatJiraTime(ms));

/** A sprint as the agile API and the Cloud sprint field write it (ISO dates in UTC). */
export function renderSprint(view: JiraView, sprint: JiraSprint, agile = true): Record<string, unknown> {
  const iso = (ms: number): string => new Date(ms).toISOString();
  return {
    id: sprint.id,
    ...(agile ? { self: `${view.base}/rest/agile/1.0/sprint/${sprint.id}` } : {}),
    state: sprint.state,
    name: sprint.name,
    ...(sprint.startDate === null ? {} : { startDate: iso(sprint.startDate) }),
    ...(sprint.endDate === null ? {} : { endDate: iso(sprint.endDate) }),
    ...(sprint.completeDate === null ? {} : { completeDate: iso(sprint.completeDate) }),
    createdDate: iso(sprint.createdDate),
    [agile ? 'originBoardId' : 'boardId']: sprint.boardId,
    goal: sprint.goal,
  };
}

/** Data Center's v2 sprint field: the sprint object's `toString()`, as Jira Software writes it. */
function sprintString(sprint: JiraSprint): string {
  const date = (ms: number | null) => (ms === null ? '<null>' : new Date(ms).toISOString());
  return `com.atlassian.greenhopper.service.sprint.Sprint@${(sprint.id * 2654435761) >>> 0}[id=${sprint.id},rapidViewId=${sprint.boardId},state=${sprint.state.toUpperCase()},name=${sprint.name},startDate=${date(sprint.startDate)},endDate=${date(sprint.endDate)},completeDate=${date(sprint.completeDate)},sequence=${sprint.id},goal=${sprint.goal}]`;
}

const sprintsOf = (view: JiraView, issue: JiraIssue): JiraSprint[] =>
  issue.sprintIds.flatMap((id) => view.site.world.jira.sprints.get(String(id)) ?? []);

function timeSpent(issue: JiraIssue): number | null {
  const total = worklogsOf(issue).reduce((sum, w) => sum + w.seconds, 0);
  return total === 0 ? null : total;
}

function issueRef(view: JiraView, issue: JiraIssue): Record<string, unknown> {
  const { jira } = view.site.world;
  const status = jira.statuses.get(issue.statusId);
  const priority = jira.priorities.get(issue.priorityId);
  const type = jira.issueTypes.get(issue.issueTypeId);
  return {
    id: issue.id,
    key: issue.key,
    self: `${view.base}${view.site.api}/issue/${issue.id}`,
    fields: {
      summary: issue.summary,
      status: status ? renderStatus(view, status) : null,
      priority: priority ? renderPriority(view, priority) : null,
      issuetype: type ? renderIssueType(view, type) : null,
    },
  };
}

/** Every field an issue has, in Jira's order, with how to render it. `parent` is absent without one. */
const FIELDS: Readonly<Record<string, FieldRenderer>> = {
  statuscategorychangedate: (_, issue) => {
    const last = issue.changelog.findLast((e) => e.items.some((i) => i.field === 'status'));
    return formatJiraTime(last?.created ?? issue.created);
  },
  issuetype: (view, issue) => {
    const type = view.site.world.jira.issueTypes.get(issue.issueTypeId);
    return type ? renderIssueType(view, type) : null;
  },
  parent: (view, issue) => {
    const parent = issue.parentId === null ? undefined : view.site.world.jira.issues.byId(issue.parentId);
    return parent ? issueRef(view, parent) : undefined;
  },
  timespent: (_, issue) => timeSpent(issue),
  project: (view, issue) => {
    const project = view.site.world.jira.projects.byId(issue.projectId);
    return project ? renderProjectRef(view, project) : null;
  },
  fixVersions: (view, issue) =>
    issue.fixVersionIds.flatMap((id) => {
      const version = view.site.world.jira.versions.get(id);
      return version ? [renderVersion(view, version)] : [];
    }),
  aggregatetimespent: (_, issue) => timeSpent(issue),
  resolution: (view, issue) => {
    const resolution =
      issue.resolutionId === null ? undefined : view.site.world.jira.resolutions.get(issue.resolutionId);
    return resolution ? renderResolution(view, resolution) : null;
  },
  resolutiondate: (_, issue) => time(issue.resolutionDate),
  workratio: () => -1,
  issuerestriction: () => ({ issuerestrictions: {}, shouldDisplay: false }),
  watches: (view, issue) => ({
    self: `${view.base}${view.site.api}/issue/${issue.key}/watchers`,
    watchCount: 1,
    isWatching: false,
  }),
  lastViewed: () => null,
  created: (_, issue) => formatJiraTime(issue.created),
  priority: (view, issue) => {
    const priority = view.site.world.jira.priorities.get(issue.priorityId);
    return priority ? renderPriority(view, priority) : null;
  },
  labels: (_, issue) => issue.labels,
  timeestimate: () => null,
  aggregatetimeoriginalestimate: () => null,
  versions: () => [],
  issuelinks: () => [],
  assignee: (view, issue) => renderUserRef(view, issue.assignee),
  updated: (_, issue) => formatJiraTime(issue.updated),
  status: (view, issue) => {
    const status = view.site.world.jira.statuses.get(issue.statusId);
    return status ? renderStatus(view, status) : null;
  },
  components: () => [],
  timeoriginalestimate: () => null,
  description: (view, issue) => (issue.description === null ? null : richText(view, issue.description)),
  timetracking: (_, issue) => {
    const spent = timeSpent(issue);
    return spent === null ? {} : { timeSpent: formatDuration(spent), timeSpentSeconds: spent };
  },
  security: () => null,
  aggregatetimeestimate: () => null,
  attachment: () => [],
  summary: (_, issue) => issue.summary,
  creator: (view, issue) => renderUserRef(view, issue.creator),
  subtasks: (view, issue) => (view.site.derived().subtasks.get(issue.id) ?? []).map((s) => issueRef(view, s)),
  reporter: (view, issue) => renderUserRef(view, issue.reporter),
  aggregateprogress: (_, issue) => ({ progress: timeSpent(issue) ?? 0, total: timeSpent(issue) ?? 0 }),
  environment: () => null,
  duedate: (_, issue) => (issue.dueDate === null ? null : formatJiraDate(issue.dueDate)),
  progress: (_, issue) => ({ progress: timeSpent(issue) ?? 0, total: timeSpent(issue) ?? 0 }),
  comment: (view, issue) => {
    const comments = commentsOf(issue);
    return {
      comments: comments.map((c) => renderComment(view, issue, c)),
      self: `${view.base}${view.site.api}/issue/${issue.id}/comment`,
      maxResults: comments.length,
      total: comments.length,
      startAt: 0,
    };
  },
  votes: (view, issue) => ({
    self: `${view.base}${view.site.api}/issue/${issue.key}/votes`,
    votes: 0,
    hasVoted: false,
  }),
  worklog: (view, issue) => {
    const worklogs = worklogsOf(issue);
    return {
      startAt: 0,
      maxResults: 20,
      total: worklogs.length,
      worklogs: worklogs.slice(0, 20).map((w) => renderWorklog(view, issue, w)),
    };
  },
  [JIRA_CUSTOM_FIELDS.epicLink]: (view, issue) =>
    issue.epicId === null ? null : (view.site.world.jira.issues.byId(issue.epicId)?.key ?? null),
  [JIRA_CUSTOM_FIELDS.storyPoints]: (_, issue) => issue.storyPoints,
  [JIRA_CUSTOM_FIELDS.rank]: (_, issue) => `0|i${Number(issue.id).toString(36).padStart(5, '0')}:`,
  [JIRA_CUSTOM_FIELDS.sprint]: (view, issue) => {
    const sprints = sprintsOf(view, issue);
    if (sprints.length === 0) return null;
    return view.site.flavor === 'cloud' ? sprints.map((s) => renderSprint(view, s, false)) : sprints.map(sprintString);
  },
  [JIRA_CUSTOM_FIELDS.development]: renderDevSummary,
};

/** The fields of the agile API's issues (`sprint`, `closedSprints`, `flagged`, `epic`). */
const AGILE_FIELDS: Readonly<Record<string, FieldRenderer>> = {
  sprint: (view, issue) => {
    const current = sprintsOf(view, issue).find((s) => s.state !== 'closed');
    return current ? renderSprint(view, current) : null;
  },
  closedSprints: (view, issue) =>
    sprintsOf(view, issue)
      .filter((s) => s.state === 'closed')
      .map((s) => renderSprint(view, s)),
  flagged: () => false,
  epic: (view, issue) => {
    const epic = issue.epicId === null ? undefined : view.site.world.jira.issues.byId(issue.epicId);
    if (!epic) return null;
    return {
      id: Number(epic.id),
      key: epic.key,
      self: `${view.base}/rest/agile/1.0/epic/${epic.id}`,
      name: epic.summary,
      summary: epic.summary,
      color: { key: 'color_1' },
      done: view.site.world.jira.statuses.get(epic.statusId)?.categoryKey === 'done',
    };
  },
};

/** Every field id an issue can have, in Jira's order. */
export const ISSUE_FIELD_IDS: readonly string[] = Object.keys(FIELDS);

/** Which fields to render: `fields=` as Jira reads it (`*all`, `*navigable`, ids, `-id` exclusions). */
export function selectFields(
  spec: readonly string[] | undefined,
  defaults: readonly string[],
  agile = false,
): Set<string> {
  const items = (spec && spec.length > 0 ? spec : defaults).flatMap((s) => s.split(',')).map((s) => s.trim());
  const all = agile ? [...ISSUE_FIELD_IDS, ...Object.keys(AGILE_FIELDS)] : ISSUE_FIELD_IDS;
  const selected = new Set<string>();
  for (const item of items) {
    if (item === '*all' || item === '*navigable') for (const id of all) selected.add(id);
    else if (item !== '' && !item.startsWith('-')) selected.add(item);
  }
  for (const item of items) if (item.startsWith('-')) selected.delete(item.slice(1));
  return selected;
}

/** The issue's `fields` object with the selected fields (unknown ids are ignored, as Jira does). */
export function renderIssueFields(
  view: JiraView,
  issue: JiraIssue,
  selected: ReadonlySet<string>,
  agile = false,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const renderers = agile ? { ...AGILE_FIELDS, ...FIELDS } : FIELDS;
  for (const [id, render] of Object.entries(renderers)) {
    if (!selected.has(id)) continue;
    const value = render(view, issue);
    if (value !== undefined) fields[id] = value;
  }
  return fields;
}
