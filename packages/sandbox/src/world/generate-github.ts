import { distribute } from './distribute.js';
import {
  contributorsOf,
  createRepository,
  generateAccounts,
  LIBRARY_REPO_NAME,
  orgName,
} from './generate-github-orgs.js';
import { generateRepoHistory } from './generate-repo-history.js';
import type { GithubOpContext } from './github-git-ops.js';
import { GithubStore } from './github-store.js';
import type { JiraStore } from './jira-store.js';
import type { Person } from './people.js';
import type { Random } from './random.js';
import type { ScaleProfile } from './scale-profile.js';

const DAY = 86_400_000;
const REPO_NAMES = [
  'api-gateway',
  'web-app',
  'billing-service',
  'mobile-app',
  'data-pipeline',
  'auth-service',
  'search',
  'infra',
  'docs',
  'design-system',
  'notifications',
  'analytics',
  'payments',
  'ml-models',
  'cli',
  'sdk-js',
  'sdk-python',
  'admin-portal',
  'scheduler',
  'event-bus',
];

function repoName(index: number): string {
  const base = REPO_NAMES[index % REPO_NAMES.length] as string;
  const round = Math.floor(index / REPO_NAMES.length);
  return round === 0 ? base : `${base}-${round + 1}`;
}

/**
 * GitHub: organisations, accounts and teams, then `reposPerOrg` repositories per organisation
 * (plus the Jenkins shared library in the first one), each with its history. Repositories map to
 * Jira projects round-robin; their branches and titles carry those projects' keys.
 */
export function generateGithub(
  rng: Random,
  people: readonly Person[],
  jira: JiraStore,
  profile: ScaleProfile,
  horizon: number,
  now: number,
): GithubStore {
  const store = new GithubStore();
  generateAccounts(rng.fork('accounts'), store, people, profile.orgs, horizon);
  const projects = [...jira.projects.values()];
  const repos: { org: number; name: string }[] = [{ org: 0, name: LIBRARY_REPO_NAME }];
  for (let org = 0; org < profile.orgs; org++) {
    for (let r = 0; r < profile.reposPerOrg; r++) repos.push({ org, name: repoName(org * profile.reposPerOrg + r) });
  }
  // the library gets a small fixed share; the rest split at random
  const libraryPulls = Math.min(12, Math.floor(profile.pullRequests / 20));
  const pulls = [libraryPulls, ...distribute(rng.fork('pulls'), profile.pullRequests - libraryPulls, repos.length - 1)];
  repos.forEach(({ org, name }, index) => {
    const repoRng = rng.fork(`repo:${org}/${name}`);
    const project = projects[index % projects.length];
    if (!project) throw new Error('generateGithub: the Jira site has no project');
    const ctx: GithubOpContext = { store, rng: repoRng, now, ciShare: profile.ciShare };
    const createdAt = horizon + repoRng.int(0, 60) * DAY + repoRng.int(0, DAY);
    const state = createRepository(ctx, orgName(org)[0], name, createdAt, project.key, contributorsOf(people, org));
    const count = pulls[index] ?? 0;
    generateRepoHistory(
      ctx,
      state,
      {
        pulls: count,
        issues: Math.round(count * profile.issuesPerPull),
        draftRelease: index % 2 === 1,
        runningCi: index % 3 === 1,
      },
      jira.issues.group(project.id),
    );
  });
  return store;
}
