import type { ChangeRecorder } from './change-recorder.js';
import { INITIAL_STATUS, JIRA_CUSTOM_FIELDS, JIRA_RESOLUTIONS } from './jira-catalog.js';
import type { JiraStore } from './jira-store.js';
import type { JiraChangeItem, JiraIssue, JiraIssueType, JiraProject, JiraSprint, JiraStatus } from './jira-types.js';
import { appendTo, type Mutable, NONE } from './mutable.js';

// The changes a Jira issue goes through, shared by generation and `advance`. Every change adds a
// changelog history with Jira's item shapes and bumps `updated`.

/** Where Jira operations write and record. */
export interface JiraOpContext {
  readonly store: JiraStore;
  readonly rec?: ChangeRecorder;
}

/** Fields of a new issue. */
export interface NewJiraIssue {
  readonly at: number;
  readonly issueType: JiraIssueType;
  readonly summary: string;
  readonly description: string | null;
  readonly priorityId: string;
  readonly reporter: string | null;
  readonly labels: readonly string[];
  readonly storyPoints: number | null;
  readonly epicId: string | null;
  readonly parentId: string | null;
  readonly dueDate: number | null;
}

/** Creates an issue in `To Do`, with the project's next key. */
export function createJiraIssue(ctx: JiraOpContext, project: JiraProject, fields: NewJiraIssue): Mutable<JiraIssue> {
  const { store } = ctx;
  const number = store.nextIssueNumber.get(project.id) ?? 1;
  store.nextIssueNumber.set(project.id, number + 1);
  const issue: Mutable<JiraIssue> = {
    id: String(store.issueIds.next()),
    key: `${project.key}-${number}`,
    projectId: project.id,
    previousKeys: NONE,
    issueTypeId: fields.issueType.id,
    summary: fields.summary,
    description: fields.description,
    statusId: INITIAL_STATUS.id,
    priorityId: fields.priorityId,
    resolutionId: null,
    resolutionDate: null,
    reporter: fields.reporter,
    creator: fields.reporter,
    assignee: null,
    labels: fields.labels,
    dueDate: fields.dueDate,
    storyPoints: fields.storyPoints,
    sprintIds: NONE,
    epicId: fields.epicId,
    parentId: fields.parentId,
    fixVersionIds: NONE,
    created: fields.at,
    updated: fields.at,
    changelog: [],
  };
  store.issues.insert(issue);
  ctx.rec?.created('jira', 'issues', issue.key);
  return issue;
}

function addHistory(
  ctx: JiraOpContext,
  issue: Mutable<JiraIssue>,
  at: number,
  author: string | null,
  items: JiraChangeItem[],
): void {
  const id = String(ctx.store.changelogIds.next());
  // histories never go back in time, even when planned changes fall close together
  const created = Math.max(at, issue.changelog.at(-1)?.created ?? issue.created);
  appendTo(issue.changelog, { id, author, created, items });
  issue.updated = Math.max(issue.updated, created);
  ctx.rec?.updated('jira', 'issues', issue.key);
  ctx.rec?.created('jira', 'changelogs', id);
}

const item = (
  field: string,
  fieldId: string,
  from: string | null,
  fromText: string | null,
  to: string | null,
  toText: string | null,
  fieldtype: JiraChangeItem['fieldtype'] = 'jira',
): JiraChangeItem => ({ field, fieldtype, fieldId, from, fromString: fromText, to, toString: toText });

/** Moves an issue to another status; entering `done` sets a resolution, leaving it clears it. */
export function transitionJiraIssue(
  ctx: JiraOpContext,
  issue: Mutable<JiraIssue>,
  to: JiraStatus,
  at: number,
  author: string | null,
  resolution: { id: string; name: string } = JIRA_RESOLUTIONS.done,
): void {
  const from = ctx.store.statuses.get(issue.statusId);
  if (!from || from.id === to.id) return;
  const items = [item('status', 'status', from.id, from.name, to.id, to.name)];
  if (to.categoryKey === 'done' && issue.resolutionId === null) {
    items.push(item('resolution', 'resolution', null, null, resolution.id, resolution.name));
    issue.resolutionId = resolution.id;
    issue.resolutionDate = at;
  } else if (to.categoryKey !== 'done' && issue.resolutionId !== null) {
    const old = ctx.store.resolutions.get(issue.resolutionId);
    items.push(item('resolution', 'resolution', issue.resolutionId, old?.name ?? null, null, null));
    issue.resolutionId = null;
    issue.resolutionDate = null;
  }
  issue.statusId = to.id;
  addHistory(ctx, issue, at, author, items);
}

/** Assigns an issue (or unassigns it with null). */
export function assignJiraIssue(
  ctx: JiraOpContext,
  issue: Mutable<JiraIssue>,
  accountId: string | null,
  at: number,
  author: string | null,
): void {
  if (issue.assignee === accountId) return;
  const name = (id: string | null): string | null =>
    id === null ? null : (ctx.store.users.get(id)?.displayName ?? null);
  addHistory(ctx, issue, at, author, [
    item('assignee', 'assignee', issue.assignee, name(issue.assignee), accountId, name(accountId)),
  ]);
  issue.assignee = accountId;
}

/** Changes the story point estimate. */
export function estimateJiraIssue(
  ctx: JiraOpContext,
  issue: Mutable<JiraIssue>,
  points: number,
  at: number,
  author: string | null,
): void {
  if (issue.storyPoints === points) return;
  const old = issue.storyPoints === null ? null : String(issue.storyPoints);
  const field = ctx.store.fields.get(JIRA_CUSTOM_FIELDS.storyPoints)?.name ?? 'Story point estimate';
  addHistory(ctx, issue, at, author, [
    item(field, JIRA_CUSTOM_FIELDS.storyPoints, null, old, null, String(points), 'custom'),
  ]);
  issue.storyPoints = points;
}

/** Adds the issue to a sprint (keeping the sprints it was in, as Jira does for closed sprints). */
export function addJiraIssueToSprint(
  ctx: JiraOpContext,
  issue: Mutable<JiraIssue>,
  sprint: JiraSprint,
  at: number,
  author: string | null,
): void {
  if (issue.sprintIds.includes(sprint.id)) return;
  const names = (ids: readonly number[]): string =>
    ids.map((id) => ctx.store.sprints.byId(id)?.name ?? String(id)).join(', ');
  const next = [...issue.sprintIds, sprint.id];
  const before = issue.sprintIds.length ? issue.sprintIds : null;
  addHistory(ctx, issue, at, author, [
    item(
      'Sprint',
      JIRA_CUSTOM_FIELDS.sprint,
      before ? before.join(', ') : null,
      before ? names(before) : null,
      next.join(', '),
      names(next),
      'custom',
    ),
  ]);
  issue.sprintIds = next;
}

/** Moves the issue to another project: it gets that project's next key; its old key still resolves. */
export function moveJiraIssue(
  ctx: JiraOpContext,
  issue: Mutable<JiraIssue>,
  to: JiraProject,
  at: number,
  author: string | null,
): void {
  const { store } = ctx;
  const from = store.projects.byId(issue.projectId);
  if (!from || from.id === to.id) return;
  const oldKey = issue.key;
  const number = store.nextIssueNumber.get(to.id) ?? 1;
  store.nextIssueNumber.set(to.id, number + 1);
  const newKey = `${to.key}-${number}`;
  const items = [
    item('project', 'project', from.id, from.name, to.id, to.name),
    item('Key', 'issuekey', null, oldKey, null, newKey),
  ];
  for (const versionId of issue.fixVersionIds) {
    const v = store.versions.byId(versionId);
    items.push(item('Fix Version', 'fixVersions', versionId, v?.name ?? null, null, null));
  }
  store.issues.rekey(issue, (i) => {
    i.key = newKey;
    i.projectId = to.id;
    i.previousKeys = [...i.previousKeys, oldKey];
    i.fixVersionIds = NONE;
  });
  store.keyAliases.set(oldKey, issue.id);
  ctx.rec?.moved({ id: issue.id, from: oldKey, to: newKey });
  addHistory(ctx, issue, at, author, items);
}
