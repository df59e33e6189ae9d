import type { JiraField, JiraIssueType, JiraNamedValue, JiraStatus } from './jira-types.js';

// The fixed configuration of the world's Jira site: one workflow, issue types, priorities,
// resolutions and fields. Ids follow Jira Cloud's usual values.

/** Ids of the custom fields the sources read. */
export const JIRA_CUSTOM_FIELDS = {
  epicLink: 'customfield_10014',
  storyPoints: 'customfield_10016',
  rank: 'customfield_10019',
  sprint: 'customfield_10020',
  /** Jira's "Development" summary field (the development panel's counts), on sites linked to GitHub. */
  development: 'customfield_10000',
} as const;

const status = (id: string, name: string, categoryKey: JiraStatus['categoryKey']): JiraStatus => ({
  id,
  name,
  categoryKey,
  categoryId: categoryKey === 'new' ? 2 : categoryKey === 'done' ? 3 : 4,
});

/** The workflow's statuses. */
export const JIRA_STATUSES = {
  todo: status('10000', 'To Do', 'new'),
  inProgress: status('3', 'In Progress', 'indeterminate'),
  inReview: status('10001', 'In Review', 'indeterminate'),
  done: status('10002', 'Done', 'done'),
} as const;

/** The status every issue starts in. */
export const INITIAL_STATUS: JiraStatus = JIRA_STATUSES.todo;

/** Allowed transitions of the workflow, by status id. */
export const JIRA_TRANSITIONS: Readonly<Record<string, readonly JiraStatus[]>> = {
  [JIRA_STATUSES.todo.id]: [JIRA_STATUSES.inProgress, JIRA_STATUSES.done],
  [JIRA_STATUSES.inProgress.id]: [JIRA_STATUSES.inReview, JIRA_STATUSES.todo],
  [JIRA_STATUSES.inReview.id]: [JIRA_STATUSES.done, JIRA_STATUSES.inProgress],
  [JIRA_STATUSES.done.id]: [JIRA_STATUSES.todo],
};

const type = (id: string, name: JiraIssueType['name'], hierarchyLevel: number): JiraIssueType => ({
  id,
  name,
  subtask: hierarchyLevel < 0,
  hierarchyLevel,
});

/** Issue types. */
export const JIRA_ISSUE_TYPES = {
  epic: type('10000', 'Epic', 1),
  story: type('10001', 'Story', 0),
  task: type('10002', 'Task', 0),
  subtask: type('10003', 'Subtask', -1),
  bug: type('10004', 'Bug', 0),
} as const;

/** Priorities, highest first. */
export const JIRA_PRIORITIES: readonly JiraNamedValue[] = [
  { id: '1', name: 'Highest' },
  { id: '2', name: 'High' },
  { id: '3', name: 'Medium' },
  { id: '4', name: 'Low' },
  { id: '5', name: 'Lowest' },
];

/** Resolutions. */
export const JIRA_RESOLUTIONS = {
  done: { id: '10000', name: 'Done' },
  wontDo: { id: '10001', name: "Won't Do" },
  duplicate: { id: '10002', name: 'Duplicate' },
} as const;

const system = (id: string, name: string, schemaType: string | null, items?: string): JiraField => ({
  id,
  key: id,
  name,
  custom: false,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [id],
  schema: schemaType === null ? null : { type: schemaType, system: id, ...(items ? { items } : {}) },
});

const custom = (id: string, name: string, schemaType: string, plugin: string, items?: string): JiraField => ({
  id,
  key: id,
  name,
  custom: true,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [`cf[${id.slice('customfield_'.length)}]`, name],
  schema: {
    type: schemaType,
    custom: plugin,
    customId: Number(id.slice('customfield_'.length)),
    ...(items ? { items } : {}),
  },
});

/** Fields of the site: the system fields the sources read and the agile custom fields. */
export const JIRA_FIELDS: readonly JiraField[] = [
  system('summary', 'Summary', 'string'),
  system('description', 'Description', 'string'),
  system('status', 'Status', 'status'),
  system('issuetype', 'Issue Type', 'issuetype'),
  system('project', 'Project', 'project'),
  system('priority', 'Priority', 'priority'),
  system('resolution', 'Resolution', 'resolution'),
  system('resolutiondate', 'Resolved', 'datetime'),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('creator', 'Creator', 'user'),
  system('created', 'Created', 'datetime'),
  system('updated', 'Updated', 'datetime'),
  system('duedate', 'Due date', 'date'),
  system('labels', 'Labels', 'array', 'string'),
  system('fixVersions', 'Fix versions', 'array', 'version'),
  system('parent', 'Parent', null),
  system('issuekey', 'Key', null),
  custom(JIRA_CUSTOM_FIELDS.epicLink, 'Epic Link', 'any', 'com.pyxis.greenhopper.jira:gh-epic-link'),
  custom(
    JIRA_CUSTOM_FIELDS.storyPoints,
    'Story point estimate',
    'number',
    'com.pyxis.greenhopper.jira:jsw-story-points',
  ),
  custom(JIRA_CUSTOM_FIELDS.rank, 'Rank', 'any', 'com.pyxis.greenhopper.jira:gh-lexo-rank'),
  custom(JIRA_CUSTOM_FIELDS.sprint, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint', 'json'),
  // Cloud's type key; Data Center's plugin registers the same field as `...:devsummary`.
  custom(
    JIRA_CUSTOM_FIELDS.development,
    'Development',
    'any',
    'com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf',
  ),
];
