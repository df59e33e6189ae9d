import { JIRA_ISSUE_TYPES, JIRA_PRIORITIES, JIRA_STATUSES } from './jira-catalog.js';
import { planJiraLifecycle } from './jira-lifecycle.js';
import {
  addJiraIssueToSprint,
  assignJiraIssue,
  createJiraIssue,
  estimateJiraIssue,
  type JiraOpContext,
  transitionJiraIssue,
} from './jira-ops.js';
import type { JiraIssue, JiraIssueType, JiraProject, JiraSprint } from './jira-types.js';
import { type Mutable, NONE } from './mutable.js';
import type { Random } from './random.js';
import { jiraDescription, workTitle } from './text-pool.js';

const HOUR = 3_600_000;
const POINTS = [1, 2, 3, 5, 8, 13];
const LABELS = ['backend', 'frontend', 'tech-debt', 'customer', 'größer-umbau', 'p1'];
const TYPES: readonly JiraIssueType[] = [
  JIRA_ISSUE_TYPES.epic,
  JIRA_ISSUE_TYPES.story,
  JIRA_ISSUE_TYPES.task,
  JIRA_ISSUE_TYPES.bug,
  JIRA_ISSUE_TYPES.subtask,
];
const TYPE_WEIGHTS = [4, 45, 20, 25, 6];

/** Who acts on Jira issues. */
export interface JiraActors {
  /** Account ids of active people. */
  readonly active: readonly string[];
  /** Account ids of everyone (inactive people reported and worked on older issues). */
  readonly all: readonly string[];
  readonly automation: string;
}

/** Picks the fields of a new issue of a project at time `at`. */
export function newIssueFields(
  rng: Random,
  ctx: JiraOpContext,
  project: JiraProject,
  index: number,
  at: number,
  reporter: string | null,
): Parameters<typeof createJiraIssue>[2] {
  const siblings = ctx.store.issues.group(project.id);
  let issueType = rng.weighted(TYPES, TYPE_WEIGHTS);
  const candidates = (predicate: (i: JiraIssue) => boolean): JiraIssue | undefined => {
    for (let tries = 0; tries < 4 && siblings.length > 0; tries++) {
      const pick = rng.pick(siblings);
      if (predicate(pick)) return pick;
    }
    return undefined;
  };
  const parent =
    issueType.subtask === true
      ? candidates((i) => i.issueTypeId !== JIRA_ISSUE_TYPES.epic.id && i.parentId === null)
      : undefined;
  if (issueType.subtask && !parent) issueType = JIRA_ISSUE_TYPES.task;
  const epic =
    issueType.hierarchyLevel === 0 && rng.chance(0.5)
      ? candidates((i) => i.issueTypeId === JIRA_ISSUE_TYPES.epic.id)
      : undefined;
  const estimable = issueType.hierarchyLevel === 0 && rng.chance(0.7);
  return {
    at,
    issueType,
    summary: workTitle(rng, index),
    description: jiraDescription(rng, index),
    priorityId: rng.weighted(JIRA_PRIORITIES, [1, 3, 8, 3, 1]).id,
    reporter,
    labels: rng.chance(0.4) ? rng.sample(LABELS, rng.int(1, 2)) : NONE,
    storyPoints: estimable ? rng.pick(POINTS) : null,
    epicId: epic?.id ?? null,
    parentId: parent?.id ?? null,
    dueDate: rng.chance(0.15) ? at + rng.int(7, 60) * 24 * HOUR : null,
  };
}

/** The sprint of `sprints` (sorted by start) running at time `t`, as an index, or -1. */
function sprintIndexAt(sprints: readonly JiraSprint[], t: number): number {
  for (let i = sprints.length - 1; i >= 0; i--) {
    const s = sprints[i] as JiraSprint;
    if (s.startDate !== null && s.startDate <= t) return s.endDate !== null && t < s.endDate ? i : -1;
  }
  return -1;
}

/**
 * Creates `count` issues of a project, spread between its creation and `now`, and plays each
 * one's lifecycle: assignment when work starts, estimates, sprints (carried over while unfinished),
 * status transitions, and a fix version once done.
 */
export function generateJiraIssues(
  rng: Random,
  ctx: JiraOpContext,
  project: JiraProject,
  count: number,
  actors: JiraActors,
  now: number,
): void {
  const { store } = ctx;
  const board = store.scrumBoardOf(project.id);
  const sprints = board ? store.sprints.group(String(board.id)) : [];
  const versions = store.versions.group(project.id);
  const span = now - HOUR - (project.createdAt + HOUR);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(project.createdAt + HOUR + Math.floor(rng.next() * span));
  times.sort((a, b) => a - b);
  for (let index = 0; index < count; index++) {
    const created = times[index] as number;
    const age = now - created;
    const reporter =
      age > 200 * 24 * HOUR && rng.chance(0.1) ? null : rng.pick(age > 90 * 24 * HOUR ? actors.all : actors.active);
    const issue = createJiraIssue(ctx, project, newIssueFields(rng, ctx, project, index, created, reporter));
    const worker = rng.pick(age > 90 * 24 * HOUR ? actors.all : actors.active);
    const plan = planJiraLifecycle(rng, created, now, issue.issueTypeId === JIRA_ISSUE_TYPES.epic.id);
    let sprint = -1;
    const carryOver = (until: number): void => {
      while (sprint >= 0 && sprint + 1 < sprints.length && issue.sprintIds.length < 4) {
        const current = sprints[sprint] as JiraSprint;
        const next = sprints[sprint + 1] as JiraSprint;
        if (current.endDate === null || current.endDate >= until || next.startDate === null) return;
        addJiraIssueToSprint(ctx, issue, next, current.endDate, actors.automation);
        sprint++;
      }
    };
    if (plan.length === 0 && sprints.length > 0 && rng.chance(0.3)) {
      const s = sprintIndexAt(sprints, created + 60_000);
      if (s >= 0) {
        addJiraIssueToSprint(ctx, issue, sprints[s] as JiraSprint, created + 60_000, issue.reporter);
        sprint = s;
      }
    }
    for (const step of plan) {
      carryOver(step.at);
      if (step.to.id === JIRA_STATUSES.inProgress.id && issue.assignee === null) {
        assignJiraIssue(ctx, issue, worker, step.at - 60_000, worker);
        if (issue.storyPoints !== null && rng.chance(0.15)) {
          estimateJiraIssue(ctx, issue, rng.pick(POINTS), step.at - 30_000, worker);
        }
        const s = sprint < 0 ? sprintIndexAt(sprints, step.at) : -1;
        if (s >= 0) {
          addJiraIssueToSprint(ctx, issue, sprints[s] as JiraSprint, step.at - 20_000, worker);
          sprint = s;
        }
      }
      const author = rng.chance(0.1) ? actors.automation : (issue.assignee ?? worker);
      transitionJiraIssue(ctx, issue, step.to, step.at, author, step.resolution);
    }
    if (issue.resolutionDate === null) carryOver(now);
    else setFixVersion(issue, versions, issue.resolutionDate);
  }
}

function setFixVersion(
  issue: Mutable<JiraIssue>,
  versions: readonly { id: string; releaseDate: number | null }[],
  resolved: number,
): void {
  const version = versions.find((v) => v.releaseDate !== null && v.releaseDate >= resolved);
  if (version) issue.fixVersionIds = [version.id];
}
