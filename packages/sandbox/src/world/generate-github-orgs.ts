import { addCommit, type GithubOpContext, setBranch } from './github-git-ops.js';
import type { GithubStore, RepoState } from './github-store.js';
import type { GithubOrganization, GithubRepository } from './github-types.js';
import type { Mutable } from './mutable.js';
import { type Actor, BOTS, type Person } from './people.js';
import type { Random } from './random.js';

const DAY = 86_400_000;
const ORGS: readonly (readonly [string, string])[] = [
  ['tidewater-labs', 'Tidewater Labs'],
  ['kestrel-io', 'Kestrel.io'],
  ['bluefin-systems', 'Bluefin Systems'],
  ['orchard-works', 'Orchard Works'],
  ['lumen-analytics', 'Lumen Analytics'],
];
const LANGUAGES = ['TypeScript', 'Go', 'Python', 'Java', 'Kotlin', 'Rust', null];
const TEAMS: readonly (readonly [string, string])[] = [
  ['platform', 'Platform'],
  ['frontend', 'Frontend'],
  ['data-ml', 'Data & ML'],
  ['sre', 'SRE'],
  ['unicode-guild', 'Ünïcode Guild ✨'],
];
const LABELS: readonly (readonly [string, string, string | null, boolean])[] = [
  ['bug', 'd73a4a', "Something isn't working", true],
  ['documentation', '0075ca', 'Improvements or additions to documentation', true],
  ['duplicate', 'cfd3d7', 'This issue or pull request already exists', true],
  ['enhancement', 'a2eeef', 'New feature or request', true],
  ['good first issue', '7057ff', 'Good for newcomers', true],
  ['help wanted', '008672', 'Extra attention is needed', true],
  ['question', 'd876e3', 'Further information is requested', true],
  ['wontfix', 'ffffff', 'This will not be worked on', true],
  ['dependencies', '0366d6', 'Pull requests that update a dependency file', false],
  ['größer umbau 🚧', 'fbca04', null, false],
];

/** Name of the Jenkins shared-library repository of the first organisation. */
export const LIBRARY_REPO_NAME = 'pipeline-library';

/** Organisation login and name for an index. */
export function orgName(index: number): readonly [string, string] {
  const base = ORGS[index % ORGS.length] as readonly [string, string];
  const round = Math.floor(index / ORGS.length);
  return round === 0 ? base : [`${base[0]}-${round + 1}`, `${base[1]} ${round + 1}`];
}

/** Organisations, the GitHub accounts of people (not deleted ones) and of bots, and teams. */
export function generateAccounts(
  rng: Random,
  store: GithubStore,
  people: readonly Person[],
  orgs: number,
  horizon: number,
): void {
  for (let i = 0; i < orgs; i++) {
    const [login, name] = orgName(i);
    const org: Mutable<GithubOrganization> = {
      id: store.ids.organization.next(),
      login,
      name,
      description: i === 0 ? 'Wir bauen Software — 一緒に 🚀' : `${name} engineering`,
      email: rng.chance(0.5) ? `eng@${login}.example` : null,
      blog: `https://${login}.example`,
      location: rng.chance(0.5) ? 'Remote' : null,
      createdAt: horizon - rng.int(100, 2_000) * DAY,
      updatedAt: horizon,
    };
    store.organizations.insert(org);
  }
  for (const p of people) {
    if (p.login === null) continue;
    store.users.insert({
      id: p.githubId,
      login: p.login,
      type: 'User',
      name: rng.chance(0.9) ? p.name : null,
      email: rng.chance(0.3) ? p.gitEmail : null,
      company: rng.chance(0.5) ? `@${orgName(p.orgIndexes[0] ?? 0)[0]}` : null,
      location: rng.chance(0.4) ? (p.timeZone.split('/').pop()?.replace('_', ' ') ?? null) : null,
      siteAdmin: false,
      orgs: p.orgIndexes.map((o) => orgName(o)[0]),
      createdAt: horizon - rng.int(30, 3_000) * DAY,
      updatedAt: horizon + rng.int(0, 600) * DAY,
    });
  }
  for (const bot of BOTS) {
    store.users.insert({
      id: bot.id,
      login: bot.login as string,
      type: 'Bot',
      name: null,
      email: null,
      company: null,
      location: null,
      siteAdmin: false,
      orgs: [],
      createdAt: horizon - 1_500 * DAY,
      updatedAt: horizon,
    });
  }
  for (let i = 0; i < orgs; i++) {
    const org = orgName(i)[0];
    const members = people.filter((p) => p.login !== null && p.orgIndexes.includes(i)).map((p) => p.login as string);
    for (const [slug, name] of TEAMS) {
      store.teams.insert({
        id: store.ids.team.next(),
        org,
        slug,
        name,
        description: slug === 'unicode-guild' ? 'Wir kümmern uns um Zeichen — 文字 🔤' : `${name} team`,
        privacy: slug === 'sre' ? 'secret' : 'closed',
        permission: slug === 'platform' ? 'admin' : 'push',
        parentSlug: slug === 'sre' ? 'platform' : null,
        members: rng.sample(members, Math.max(1, Math.round(members.length / 3))),
        repositories: [],
        createdAt: horizon + rng.int(0, 60) * DAY,
        updatedAt: horizon + rng.int(60, 600) * DAY,
      });
    }
  }
}

/** The contributors of an organisation's repositories: its people, deleted accounts included. */
export function contributorsOf(people: readonly Person[], orgIndex: number): Actor[] {
  return people.filter((p) => p.orgIndexes.includes(orgIndex));
}

/**
 * Creates a repository with its generator state, labels, workflows, an initial commit on `main`,
 * and gives one or two of its organisation's teams access to it.
 */
export function createRepository(
  ctx: GithubOpContext,
  org: string,
  name: string,
  createdAt: number,
  jiraProject: string,
  contributors: readonly Actor[],
): RepoState {
  const { store, rng } = ctx;
  const fullName = `${org}/${name}`;
  const repo: Mutable<GithubRepository> = {
    id: store.ids.repository.next(),
    owner: org,
    name,
    fullName,
    description: name === LIBRARY_REPO_NAME ? 'Jenkins shared library' : rng.chance(0.1) ? null : `The ${name} service`,
    private: rng.chance(0.7),
    visibility: 'private',
    fork: false,
    archived: false,
    defaultBranch: 'main',
    language: rng.pick(LANGUAGES),
    topics: rng.chance(0.5) ? ['backend', 'faros'] : [],
    hasIssues: true,
    size: rng.int(100, 90_000),
    jiraProject,
    mergeStyle: rng.chance(0.6) ? 'merge' : 'squash',
    createdAt,
    updatedAt: createdAt,
    pushedAt: createdAt,
  };
  repo.visibility = repo.private ? 'private' : 'public';
  store.repositories.insert(repo);
  const teams = store.teams.group(org);
  const state: RepoState = {
    repo,
    nextNumber: 1,
    mainTimes: [],
    mainShas: [],
    usedBranchNames: new Set(['main']),
    ciWorkflowId: 0,
    deployWorkflowId: 0,
    runNumbers: new Map(),
    releases: 0,
    contributors,
    teams: teams.map((t) => t.slug),
  };
  store.repoStates.set(fullName, state);
  for (const team of rng.sample(teams, rng.int(1, 2))) team.repositories = [...team.repositories, fullName];
  for (const [label, color, description, isDefault] of LABELS) {
    store.labels.insert({ id: store.ids.label.next(), repo: fullName, name: label, color, description, isDefault });
  }
  const workflow = (wfName: string, path: string, state: 'active' | 'disabled_manually'): number => {
    const id = store.ids.workflow.next();
    store.workflows.insert({ id, repo: fullName, name: wfName, path, state, createdAt, updatedAt: createdAt });
    return id;
  };
  state.ciWorkflowId = workflow('CI', '.github/workflows/ci.yml', 'active');
  state.deployWorkflowId = workflow('Deploy', '.github/workflows/deploy.yml', 'active');
  if (rng.chance(0.3)) workflow('Nightly ✨', '.github/workflows/nightly.yml', 'disabled_manually');
  const founder = contributors.find((c) => c.login !== null) ?? (contributors[0] as Actor);
  const root = addCommit(ctx, state, {
    parents: [],
    message: 'Initial commit',
    author: founder,
    at: createdAt,
    branch: 'main',
  });
  state.mainShas.push(root);
  state.mainTimes.push(createdAt);
  setBranch(ctx, state, 'main', root);
  return state;
}
