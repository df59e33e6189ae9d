import { distribute } from './distribute.js';
import { generateJiraIssues, type JiraActors } from './generate-jira-issues.js';
import { generateJiraProjects, generateJiraUsers } from './generate-jira-site.js';
import { JiraStore } from './jira-store.js';
import type { Person } from './people.js';
import type { Random } from './random.js';
import type { ScaleProfile } from './scale-profile.js';

/** The people of the world as Jira actors. */
export function jiraActorsOf(store: JiraStore, people: readonly Person[]): JiraActors {
  const active: string[] = [];
  const all: string[] = [];
  for (const p of people) {
    if (p.jiraAccountId === null) continue;
    all.push(p.jiraAccountId);
    if (p.jiraActive) active.push(p.jiraAccountId);
  }
  return { active, all, automation: store.automationAccountId };
}

/** The Jira site: users, projects with boards, sprints and versions, and their issues' histories. */
export function generateJira(
  rng: Random,
  people: readonly Person[],
  profile: ScaleProfile,
  horizon: number,
  now: number,
): JiraStore {
  const store = new JiraStore();
  generateJiraUsers(rng.fork('users'), store, people);
  const actors = jiraActorsOf(store, people);
  const projects = generateJiraProjects(rng.fork('projects'), store, profile.jiraProjects, actors.active, horizon, now);
  const counts = distribute(rng.fork('counts'), profile.jiraIssues, projects.length);
  projects.forEach((project, i) => {
    generateJiraIssues(rng.fork(`issues:${project.key}`), { store }, project, counts[i] ?? 0, actors, now);
  });
  return store;
}
