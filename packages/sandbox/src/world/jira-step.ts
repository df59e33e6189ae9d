import { type JiraActors, newIssueFields } from './generate-jira-issues.js';
import { SPRINT_MS } from './generate-jira-site.js';
import { JIRA_ISSUE_TYPES, JIRA_RESOLUTIONS, JIRA_STATUSES, JIRA_TRANSITIONS } from './jira-catalog.js';
import {
  assignJiraIssue,
  createJiraIssue,
  type JiraOpContext,
  moveJiraIssue,
  transitionJiraIssue,
} from './jira-ops.js';
import type { JiraIssue, JiraProject } from './jira-types.js';
import type { Mutable } from './mutable.js';
import type { Random } from './random.js';
import type { StepProfile } from './scale-profile.js';
import type { StepTimer } from './step-timer.js';

/**
 * One hour of Jira activity: sprints roll over when they end; new issues; issues moved along the
 * workflow (mostly forward); one issue moved to another project, where it gets a new key.
 */
export function jiraStep(
  ctx: JiraOpContext,
  rng: Random,
  actors: JiraActors,
  step: StepProfile,
  timer: StepTimer,
  now: number,
): void {
  const { store } = ctx;
  const projects = [...store.projects.values()];
  rollSprints(ctx, now);
  for (let n = 0; n < step.jiraCreates; n++) {
    const project = rng.pick(projects);
    const at = timer.next();
    const index = store.nextIssueNumber.get(project.id) ?? 1;
    createJiraIssue(ctx, project, newIssueFields(rng, ctx, project, index, at, rng.pick(actors.active)));
  }
  for (let n = 0; n < step.jiraTransitions; n++) {
    const issue = pickIssue(
      rng,
      store.issues.group(rng.pick(projects).id),
      (i) => i.statusId !== JIRA_STATUSES.done.id,
    );
    if (!issue) continue;
    const options = JIRA_TRANSITIONS[issue.statusId] ?? [];
    const to = rng.weighted(
      options,
      options.map((_s, i) => (i === 0 ? 5 : 1)),
    );
    const at = timer.next();
    const worker = issue.assignee ?? rng.pick(actors.active);
    if (to.id === JIRA_STATUSES.inProgress.id && issue.assignee === null)
      assignJiraIssue(ctx, issue, worker, at, worker);
    const resolution = issue.statusId === JIRA_STATUSES.todo.id ? JIRA_RESOLUTIONS.wontDo : JIRA_RESOLUTIONS.done;
    transitionJiraIssue(ctx, issue, to, at, worker, resolution);
  }
  if (projects.length > 1) {
    const from = rng.pick(projects);
    const to = rng.pick(projects.filter((p) => p !== from));
    const siblings = store.issues.group(from.id);
    const movable = pickIssue(rng, siblings, (i) => isMovable(i, siblings));
    if (movable) moveJiraIssue(ctx, movable, to as JiraProject, timer.next(), rng.pick(actors.active));
  }
}

/** Standard issues without subtasks move; epics and subtasks stay with their hierarchy. */
function isMovable(issue: JiraIssue, siblings: readonly JiraIssue[]): boolean {
  if (issue.issueTypeId === JIRA_ISSUE_TYPES.epic.id || issue.parentId !== null) return false;
  return !siblings.some((s) => s.parentId === issue.id);
}

function pickIssue(
  rng: Random,
  issues: readonly Mutable<JiraIssue>[],
  ok: (i: JiraIssue) => boolean,
): Mutable<JiraIssue> | undefined {
  for (let tries = 0; tries < 12 && issues.length > 0; tries++) {
    // favour recent issues: the last fifty
    const i = issues.length - 1 - Math.floor(rng.next() * Math.min(50, issues.length));
    const issue = issues[i];
    if (issue && ok(issue)) return issue;
  }
  return undefined;
}

/** Closes active sprints that have ended, starts the next ones, and keeps two future sprints. */
function rollSprints(ctx: JiraOpContext, now: number): void {
  const { store } = ctx;
  for (const board of store.boards.values()) {
    if (board.type !== 'scrum') continue;
    const sprints = store.sprints.group(String(board.id));
    const active = sprints.find((s) => s.state === 'active');
    if (!active || active.endDate === null || active.endDate > now) continue;
    active.state = 'closed';
    active.completeDate = now;
    ctx.rec?.updated('jira', 'sprints', String(active.id));
    const next = sprints.find((s) => s.state === 'future');
    if (!next) continue;
    next.state = 'active';
    next.startDate = active.endDate;
    next.endDate = active.endDate + SPRINT_MS;
    ctx.rec?.updated('jira', 'sprints', String(next.id));
    const project = store.projects.byId(board.projectId);
    const id = store.sprintIds.next();
    store.sprints.insert({
      id,
      boardId: board.id,
      name: `${project?.key ?? 'Board'} Sprint ${sprints.length + 1}`,
      state: 'future',
      goal: `Sprint ${sprints.length + 1} goals`,
      startDate: null,
      endDate: null,
      completeDate: null,
      createdDate: now,
    });
    ctx.rec?.created('jira', 'sprints', String(id));
  }
}
