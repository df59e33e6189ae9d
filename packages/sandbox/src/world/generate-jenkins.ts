import { LIBRARY_REPO_NAME } from './generate-github-orgs.js';
import { mainHeadAt } from './github-git-ops.js';
import type { GithubStore, RepoState } from './github-store.js';
import type { GithubPullRequest } from './github-work-types.js';
import { addJob, cause, type JenkinsOpContext, jobNameOfBranch, startBuild } from './jenkins-ops.js';
import { JenkinsStore } from './jenkins-store.js';
import type { JenkinsCause, JenkinsJob, JenkinsRevision } from './jenkins-types.js';
import type { Mutable } from './mutable.js';
import type { Person } from './people.js';
import type { Random } from './random.js';
import type { ScaleProfile } from './scale-profile.js';
import { worldKeys as k } from './world-keys.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** What Jenkins generation needs to know about GitHub and the people. */
export interface JenkinsSources {
  readonly github: GithubStore;
  readonly users: readonly { id: string; name: string }[];
  readonly library: RepoState;
}

/** The Jenkins user ids and names of the people with accounts (their handles). */
export function jenkinsUsersOf(people: readonly Person[]): { id: string; name: string }[] {
  return people.filter((p) => !p.deleted).map((p) => ({ id: p.handle, name: p.name }));
}

/** A checkout of the default branch of a repository as it was at `t`. */
export function mainRevision(state: RepoState, t: number): JenkinsRevision {
  return { repo: state.repo.fullName, sha: mainHeadAt(state, t), branch: state.repo.defaultBranch };
}

/**
 * The Jenkins controller: a folder per organisation holding a multibranch project (branch `main`,
 * `PR-<n>` jobs and a slash-named branch job) or a pipeline job per repository; in the first
 * organisation a "Release Engineering" folder with a nightly freestyle job, a nested
 * `legacy/build all` job it triggers, and a unicode-named deployment pipeline; a top-level seed
 * job. Every build checks out commits of the GitHub repositories as they were at its time.
 */
export function generateJenkins(
  rng: Random,
  github: GithubStore,
  people: readonly Person[],
  profile: ScaleProfile,
  now: number,
): JenkinsStore {
  const store = new JenkinsStore();
  const ctx: JenkinsOpContext = { store, rng, now };
  const firstOrg = [...github.organizations.values()][0];
  if (!firstOrg) throw new Error('generateJenkins: no organisation');
  const src: JenkinsSources = {
    github,
    users: jenkinsUsersOf(people),
    library: github.stateOf(`${firstOrg.login}/${LIBRARY_REPO_NAME}`),
  };
  const scm = [cause('scm', 'Started by an SCM change')];
  const seed = addJob(ctx, {
    name: 'seed-job',
    kind: 'freestyle',
    parent: null,
    repo: src.library.repo.fullName,
    branch: 'main',
    createdAt: src.library.repo.createdAt,
  });
  for (let t = seed.createdAt + DAY; t < now - DAY; t += 30 * DAY) {
    startBuild(ctx, seed, { at: t, causes: [userCause(rng, src)], revisions: [mainRevision(src.library, t)] });
  }
  const running: Mutable<JenkinsJob>[] = [];
  for (const org of github.organizations.values()) {
    const folder = addJob(ctx, {
      name: org.login,
      displayName: org.name,
      kind: 'folder',
      parent: null,
      createdAt: org.createdAt,
    });
    for (const repo of github.repositories.group(org.login)) {
      if (repo.name === LIBRARY_REPO_NAME) continue;
      const state = github.stateOf(repo.fullName);
      if (rng.chance(0.6)) {
        running.push(...generateMultibranch(ctx, src, folder.fullName, state, profile));
      } else {
        const job = addJob(ctx, {
          name: `${repo.name}-ci`,
          kind: 'pipeline',
          parent: folder.fullName,
          repo: repo.fullName,
          branch: repo.defaultBranch,
          createdAt: repo.createdAt,
        });
        buildMainLine(ctx, job, state, profile.jenkinsShare, scm, src.library);
        running.push(job);
      }
    }
  }
  running.push(...generateReleaseEngineering(ctx, src, firstOrg.login, profile));
  for (const job of running.slice(0, 2)) startRunningBuild(ctx, src, job);
  return store;
}

/** Builds of a job on the default branch: a share of its commits, each a few minutes after it. */
function buildMainLine(
  ctx: JenkinsOpContext,
  job: Mutable<JenkinsJob>,
  state: RepoState,
  share: number,
  causes: readonly JenkinsCause[],
  library: RepoState | null,
): void {
  const { rng } = ctx;
  for (let i = 0; i < state.mainShas.length; i++) {
    if (!rng.chance(share)) continue;
    const at = (state.mainTimes[i] as number) + rng.int(MINUTE, 5 * MINUTE);
    const revisions: JenkinsRevision[] = [
      { repo: state.repo.fullName, sha: state.mainShas[i] as string, branch: 'main' },
    ];
    if (library) revisions.push(mainRevision(library, at));
    startBuild(ctx, job, { at, causes, revisions });
  }
}

function generateMultibranch(
  ctx: JenkinsOpContext,
  src: JenkinsSources,
  parent: string,
  state: RepoState,
  profile: ScaleProfile,
): Mutable<JenkinsJob>[] {
  const repo = state.repo;
  const project = addJob(ctx, {
    name: repo.name,
    kind: 'multibranch',
    parent,
    description: `Branches and pull requests of ${repo.fullName}`,
    repo: repo.fullName,
    createdAt: repo.createdAt,
  });
  const main = addJob(ctx, {
    name: 'main',
    kind: 'branch',
    parent: project.fullName,
    repo: repo.fullName,
    branch: 'main',
    createdAt: repo.createdAt,
  });
  buildMainLine(ctx, main, state, profile.jenkinsShare, [cause('scm', 'Push event to branch main')], src.library);
  const open = src.github.pullRequests.group(repo.fullName).filter((p) => p.state === 'open' && !p.draft);
  const jobs = [main];
  for (const pr of open.slice(-2)) {
    const job = addJob(ctx, {
      name: `PR-${pr.number}`,
      kind: 'branch',
      parent: project.fullName,
      repo: repo.fullName,
      branch: pr.headRef,
      pullNumber: pr.number,
      createdAt: pr.createdAt,
    });
    buildPullCommits(ctx, src, job, pr, `Pull request #${pr.number}`);
    jobs.push(job);
  }
  const slashed = open.find(
    (p) => p.headRef.includes('/') && src.github.branches.has(k.branch(repo.fullName, p.headRef)),
  );
  if (slashed) {
    const job = addJob(ctx, {
      name: jobNameOfBranch(slashed.headRef),
      displayName: slashed.headRef,
      kind: 'branch',
      parent: project.fullName,
      repo: repo.fullName,
      branch: slashed.headRef,
      createdAt: slashed.createdAt,
    });
    buildPullCommits(ctx, src, job, slashed, `Push event to branch ${slashed.headRef}`);
  }
  return jobs;
}

/** One build per commit of a pull request's branch, after the job exists. */
function buildPullCommits(
  ctx: JenkinsOpContext,
  src: JenkinsSources,
  job: Mutable<JenkinsJob>,
  pr: GithubPullRequest,
  what: string,
): void {
  let last = job.createdAt;
  pr.commits.forEach((sha, i) => {
    const commit = src.github.commits.get(k.commit(pr.repo, sha));
    const at = Math.max(commit?.committedAt ?? last, last) + MINUTE;
    last = at;
    const causes = [cause('branchIndexing', i === 0 ? `${what} opened` : `${what} updated`)];
    const revisions = [{ repo: pr.repo, sha, branch: pr.headRef }, mainRevision(src.library, at)];
    startBuild(ctx, job, { at, causes, revisions });
  });
}

function userCause(rng: Random, src: JenkinsSources): JenkinsCause {
  const user = rng.pick(src.users);
  return cause('user', `Started by user ${user.name}`, user);
}

function generateReleaseEngineering(
  ctx: JenkinsOpContext,
  src: JenkinsSources,
  org: string,
  profile: ScaleProfile,
): Mutable<JenkinsJob>[] {
  const { rng, now } = ctx;
  const target = [...src.github.repositories.group(org)].find((r) => r.name !== LIBRARY_REPO_NAME) ?? src.library.repo;
  const state = src.github.stateOf(target.fullName);
  const start = target.createdAt + DAY;
  const folder = addJob(ctx, { name: 'Release Engineering', kind: 'folder', parent: org, createdAt: start });
  const legacy = addJob(ctx, { name: 'legacy', kind: 'folder', parent: folder.fullName, createdAt: start });
  const nightly = addJob(ctx, {
    name: 'Nightly Build',
    kind: 'freestyle',
    parent: folder.fullName,
    description: 'Builds main every night',
    repo: target.fullName,
    branch: 'main',
    createdAt: start,
  });
  const buildAll = addJob(ctx, {
    name: 'build all',
    kind: 'freestyle',
    parent: legacy.fullName,
    repo: target.fullName,
    branch: 'main',
    createdAt: start,
  });
  const deploy = addJob(ctx, {
    name: 'Déploiement – production ✓',
    kind: 'pipeline',
    parent: folder.fullName,
    description: 'Déploie la branche main en production 🚀',
    repo: target.fullName,
    branch: 'main',
    createdAt: start,
  });
  const timer = [cause('timer', 'Started by timer')];
  const night = Math.ceil(start / DAY) * DAY + 2 * 60 * MINUTE;
  for (let t = night, n = 0; t < now - DAY; t += profile.nightlyEveryDays * DAY, n++) {
    const b = startBuild(ctx, nightly, { at: t, causes: timer, revisions: [mainRevision(state, t)] });
    if (n % 2 === 0) {
      const up = cause('upstream', `Started by upstream project "${nightly.fullName}" build number ${b.number}`, null, {
        project: nightly.fullName,
        build: b.number,
      });
      startBuild(ctx, buildAll, { at: t + 40 * MINUTE, causes: [up], revisions: [mainRevision(state, t)] });
    }
  }
  for (let t = start + rng.int(1, 7) * DAY; t < now - DAY; t += rng.int(5, 9) * DAY) {
    startBuild(ctx, deploy, {
      at: t,
      causes: [userCause(rng, src)],
      parameters: [
        { name: 'ENVIRONMENT', value: 'production' },
        { name: 'DRY_RUN', value: rng.chance(0.1) },
      ],
      revisions: [mainRevision(state, t), mainRevision(src.library, t)],
    });
  }
  return [nightly];
}

/** Starts a build that is still running at `now` on the job's current head. */
function startRunningBuild(ctx: JenkinsOpContext, src: JenkinsSources, job: Mutable<JenkinsJob>): void {
  const last = ctx.store.builds.group(job.fullName).at(-1);
  const at = Math.min(ctx.now - MINUTE, Math.max(ctx.now - 2 * MINUTE, (last?.timestamp ?? 0) + 1_000));
  const state = job.repo ? src.github.stateOf(job.repo) : src.library;
  const pr =
    job.pullNumber === null ? undefined : src.github.pullRequests.get(k.issue(state.repo.fullName, job.pullNumber));
  const revision: JenkinsRevision = pr
    ? { repo: pr.repo, sha: pr.headSha, branch: pr.headRef }
    : mainRevision(state, at);
  startBuild(ctx, job, { at, causes: [userCause(ctx.rng, src)], revisions: [revision] });
}
