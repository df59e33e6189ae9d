import { checkGithub, Problems } from './check-github.js';
import { INITIAL_STATUS } from './jira-catalog.js';
import { jiraKeysIn, worldKeys as k } from './world-keys.js';
import type { JenkinsData, JiraData, World } from './world-types.js';

const TWO_YEARS = 2 * 365 * 86_400_000;

/**
 * Checks that a world is consistent: every reference resolves (repositories, commits, accounts,
 * labels, Jira projects, sprints and versions, Jenkins revisions), states agree with their
 * timestamps, Jira changelogs replay to each issue's status, Jira keys in branch names and pull
 * request titles resolve (following moves), and activity lies between two years before the
 * clock's start and now. Returns the problems found (at most 50); empty means consistent.
 */
export function findInconsistencies(world: World): string[] {
  const p = new Problems();
  const window = { from: world.clock.start - TWO_YEARS, to: world.clock.now() };
  checkGithub(world.github, window, p);
  checkJira(world.jira, window.to, p);
  checkJenkins(world.jenkins, world, window.to, p);
  for (const repo of world.github.repositories) {
    p.check(world.jira.projects.has(repo.jiraProject), () => `repo ${repo.fullName}: unknown Jira project`);
  }
  for (const pr of world.github.pullRequests) {
    for (const text of [pr.headRef, pr.title]) {
      for (const key of jiraKeysIn(text)) {
        p.check(
          world.jira.resolveIssueKey(key) !== undefined,
          () => `${pr.repo}#${pr.number}: Jira key ${key} unknown`,
        );
      }
    }
  }
  return p.list;
}

function checkJira(jira: JiraData, now: number, p: Problems): void {
  const user = (id: string | null): boolean => id === null || jira.users.has(id);
  for (const board of jira.boards)
    p.check(jira.projects.byId(board.projectId) !== undefined, () => `board ${board.id}: unknown project`);
  for (const sprint of jira.sprints) {
    p.check(
      jira.boards.byId(sprint.boardId)?.type === 'scrum',
      () => `sprint ${sprint.id}: board is not a scrum board`,
    );
  }
  for (const board of jira.boards) {
    const active = jira.sprints.group(String(board.id)).filter((s) => s.state === 'active').length;
    p.check(active <= 1, () => `board ${board.id}: ${active} active sprints`);
  }
  for (const issue of jira.issues) {
    const key = issue.key;
    const project = jira.projects.byId(issue.projectId);
    p.check(project !== undefined && key.startsWith(`${project.key}-`), () => `${key}: key does not match its project`);
    p.check(
      jira.statuses.has(issue.statusId) && jira.issueTypes.has(issue.issueTypeId),
      () => `${key}: unknown status or type`,
    );
    p.check(jira.priorities.has(issue.priorityId), () => `${key}: unknown priority`);
    p.check(user(issue.reporter) && user(issue.assignee) && user(issue.creator), () => `${key}: unknown user`);
    p.check(issue.epicId === null || jira.issues.byId(issue.epicId) !== undefined, () => `${key}: unknown epic`);
    p.check(issue.parentId === null || jira.issues.byId(issue.parentId) !== undefined, () => `${key}: unknown parent`);
    p.check(
      issue.sprintIds.every((id) => jira.sprints.byId(id) !== undefined),
      () => `${key}: unknown sprint`,
    );
    p.check(
      issue.fixVersionIds.every((id) => jira.versions.byId(id)?.projectId === issue.projectId),
      () => `${key}: fix version of another project`,
    );
    for (const old of issue.previousKeys)
      p.check(jira.resolveIssueKey(old) === issue, () => `${key}: old key ${old} does not resolve`);
    let status = INITIAL_STATUS.id;
    let last = issue.created;
    for (const history of issue.changelog) {
      const ok = Number.isInteger(history.created) && history.created >= last && history.created <= now;
      p.check(ok, () => `${key}: changelog out of order, in the future or not in whole ms`);
      last = history.created;
      p.check(user(history.author), () => `${key}: unknown changelog author`);
      for (const item of history.items) {
        if (item.field !== 'status') continue;
        p.check(item.from === status, () => `${key}: transition from ${item.from} but status was ${status}`);
        status = item.to ?? status;
      }
    }
    p.check(status === issue.statusId, () => `${key}: changelog ends in ${status}, issue is in ${issue.statusId}`);
    p.check(issue.updated >= last, () => `${key}: updated before its last change`);
    const done = jira.statuses.get(issue.statusId)?.categoryKey === 'done';
    p.check(done === (issue.resolutionId !== null), () => `${key}: resolution does not match status`);
  }
  for (const v of jira.versions)
    p.check(jira.projects.byId(v.projectId) !== undefined, () => `version ${v.id}: unknown project`);
}

function checkJenkins(jenkins: JenkinsData, world: World, now: number, p: Problems): void {
  for (const job of jenkins.jobs) {
    if (job.parent === null) continue;
    const parent = jenkins.jobs.get(job.parent);
    p.check(parent !== undefined && !parent.buildable, () => `job ${job.fullName}: parent is not a folder`);
  }
  for (const build of jenkins.builds) {
    const key = k.jenkinsBuild(build.job, build.number);
    const job = jenkins.jobs.get(build.job);
    p.check(job?.buildable === true && build.number < job.nextBuildNumber, () => `${key}: unknown job or number`);
    p.check(build.building === (build.result === null), () => `${key}: building and result disagree`);
    p.check(!build.building || build.duration === 0, () => `${key}: running build with a duration`);
    p.check(build.revisions.length > 0, () => `${key}: no revision`);
    const timed = Number.isInteger(build.timestamp) && Number.isInteger(build.duration);
    p.check(
      timed && build.timestamp <= now && (build.building || build.timestamp + build.duration <= now),
      () => `${key}: in the future or not in whole ms`,
    );
    for (const r of build.revisions) {
      p.check(world.github.commits.has(k.commit(r.repo, r.sha)), () => `${key}: revision ${r.repo}@${r.sha} unknown`);
    }
  }
}
