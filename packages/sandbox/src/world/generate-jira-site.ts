import type { JiraStore } from './jira-store.js';
import type { JiraProject } from './jira-types.js';
import type { Mutable } from './mutable.js';
import type { Person } from './people.js';
import type { Random } from './random.js';

const DAY = 86_400_000;
/** Sprint length: two weeks. */
export const SPRINT_MS = 14 * DAY;

const PROJECTS: readonly (readonly [string, string])[] = [
  ['PLAT', 'Platform'],
  ['MOB', 'Mobile'],
  ['WEB', 'Web App'],
  ['DATA', 'Données & Analytique 📊'],
  ['OPS', 'Operations'],
  ['SEC', 'Security'],
  ['API', 'Public API'],
  ['PAY', 'Payments'],
  ['SRCH', 'Search'],
  ['INFRA', 'Infrastructure'],
  ['ML', 'Machine Learning'],
  ['UX', 'Design System'],
  ['CORE', 'Core Services'],
  ['BILL', 'Billing'],
  ['AUTH', 'Identity'],
  ['NOTIF', 'Notifications'],
  ['ANLY', 'Analytics'],
  ['QA', 'Quality'],
  ['DOCS', 'Documentation'],
  ['GROW', 'Growth'],
];

/** Jira users: one per person with a Jira account, plus the automation app user. */
export function generateJiraUsers(rng: Random, store: JiraStore, people: readonly Person[]): void {
  for (const p of people) {
    if (p.jiraAccountId === null) continue;
    store.users.insert({
      accountId: p.jiraAccountId,
      accountType: 'atlassian',
      name: p.handle,
      key: `JIRAUSER${10_000 + p.index}`,
      displayName: p.name,
      emailAddress: rng.chance(0.3) ? null : `${p.handle}@example.com`,
      active: p.jiraActive,
      timeZone: p.timeZone,
      locale: 'en_US',
    });
  }
  const automation = `557058:${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
  store.users.insert({
    accountId: automation,
    accountType: 'app',
    name: 'automation',
    key: 'automation',
    displayName: 'Automation for Jira',
    emailAddress: null,
    active: true,
    timeZone: 'UTC',
    locale: 'en_US',
  });
  store.automationAccountId = automation;
}

/**
 * Projects with their boards (scrum, except every third project, which is kanban), two-week sprints
 * from the project's start until two sprints after `now`, and versions every eight weeks.
 */
export function generateJiraProjects(
  rng: Random,
  store: JiraStore,
  count: number,
  leads: readonly string[],
  horizon: number,
  now: number,
): Mutable<JiraProject>[] {
  const projects: Mutable<JiraProject>[] = [];
  for (let i = 0; i < count; i++) {
    const [key, name] = PROJECTS[i % PROJECTS.length] as readonly [string, string];
    const round = Math.floor(i / PROJECTS.length);
    const project: Mutable<JiraProject> = {
      id: String(store.projectIds.next()),
      key: round === 0 ? key : `${key}${round + 1}`,
      name: round === 0 ? name : `${name} ${round + 1}`,
      description: `Work of the ${name} team.`,
      leadAccountId: leads[i % leads.length] ?? store.automationAccountId,
      projectTypeKey: 'software',
      style: i % 4 === 3 ? 'next-gen' : 'classic',
      createdAt: horizon + rng.int(0, 20) * DAY,
    };
    store.projects.insert(project);
    store.nextIssueNumber.set(project.id, 1);
    projects.push(project);
    generateBoard(store, project, i % 3 === 2 ? 'kanban' : 'scrum', now);
    generateVersions(rng, store, project, now);
  }
  return projects;
}

function generateBoard(store: JiraStore, project: JiraProject, type: 'scrum' | 'kanban', now: number): void {
  const id = store.boardIds.next();
  store.boards.insert({ id, name: `${project.key} board`, type, projectId: project.id });
  if (type === 'kanban') return;
  let start = project.createdAt + DAY;
  let futures = 0;
  for (let n = 1; futures < 2; n++) {
    const end = start + SPRINT_MS;
    const state = end <= now ? 'closed' : start <= now ? 'active' : 'future';
    if (state === 'future') futures++;
    store.sprints.insert({
      id: store.sprintIds.next(),
      boardId: id,
      name: `${project.key} Sprint ${n}`,
      state,
      goal: n % 5 === 0 ? 'Stabilise 🚑 and pay down tech debt' : `Sprint ${n} goals`,
      startDate: state === 'future' ? null : start,
      endDate: state === 'future' ? null : end,
      completeDate: state === 'closed' ? end + 3_600_000 : null,
      createdDate: Math.max(project.createdAt, start - 2 * DAY),
    });
    start = end;
  }
}

function generateVersions(rng: Random, store: JiraStore, project: JiraProject, now: number): void {
  let previous: number | null = null;
  let release = project.createdAt + 28 * DAY;
  for (let minor = 0; ; minor++) {
    const released = release <= now;
    store.versions.insert({
      id: String(store.versionIds.next()),
      projectId: project.id,
      name: `1.${minor}.0`,
      description: minor === 0 ? 'First release' : `Release 1.${minor}`,
      released,
      archived: released && release < now - 365 * DAY && minor % 2 === 0,
      startDate: previous,
      releaseDate: release,
    });
    if (!released) break;
    previous = release;
    release += (rng.int(6, 10) * 7 + rng.int(0, 2)) * DAY;
  }
}
