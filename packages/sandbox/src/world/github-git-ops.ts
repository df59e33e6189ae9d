import type { ChangeRecorder } from './change-recorder.js';
import type { GithubStore, RepoState } from './github-store.js';
import type { Actor } from './people.js';
import type { Random } from './random.js';
import { worldKeys as k } from './world-keys.js';

/** Where GitHub operations write and record, and what time it is in the world. */
export interface GithubOpContext {
  readonly store: GithubStore;
  readonly rng: Random;
  /** World time when the operation runs: decides whether a run started at `at` has finished. */
  readonly now: number;
  /** Share of pushes that start a CI workflow run. */
  readonly ciShare: number;
  readonly rec?: ChangeRecorder;
}

/** A new commit. */
export interface NewCommit {
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: Actor;
  readonly committer?: Actor;
  readonly at: number;
  readonly branch: string;
}

/** Records a commit in the repository and returns its sha. */
export function addCommit(ctx: GithubOpContext, state: RepoState, c: NewCommit): string {
  const { rng, store } = ctx;
  const repo = state.repo.fullName;
  const sha = rng.hex(40);
  const committer = c.committer ?? c.author;
  const big = rng.chance(0.02);
  store.commits.insert({
    repo,
    sha,
    parents: c.parents,
    message: c.message,
    authorName: c.author.gitName,
    authorEmail: c.author.gitEmail,
    authoredAt: c.at,
    authorLogin: c.author.emailLinked ? c.author.login : null,
    committerName: committer.gitName,
    committerEmail: committer.gitEmail,
    committedAt: c.at,
    committerLogin: committer.emailLinked ? committer.login : null,
    branch: c.branch,
    additions: big ? rng.int(2_000, 40_000) : rng.int(0, 200),
    deletions: big ? rng.int(500, 20_000) : rng.int(0, 120),
    changedFiles: big ? rng.int(50, 900) : rng.int(1, 12),
  });
  ctx.rec?.created('github', 'commits', k.commit(repo, sha));
  return sha;
}

/** Points a branch at a commit, creating the branch if needed. */
export function setBranch(ctx: GithubOpContext, state: RepoState, name: string, sha: string): void {
  const repo = state.repo.fullName;
  const key = k.branch(repo, name);
  const branch = ctx.store.branches.get(key);
  if (branch) {
    if (branch.sha === sha) return;
    branch.sha = sha;
    ctx.rec?.updated('github', 'branches', key);
  } else {
    ctx.store.branches.insert({ repo, name, sha, protected: name === state.repo.defaultBranch });
    state.usedBranchNames.add(name);
    ctx.rec?.created('github', 'branches', key);
  }
}

/** Deletes a branch if it exists (never the default branch). */
export function deleteBranch(ctx: GithubOpContext, state: RepoState, name: string): void {
  if (name === state.repo.defaultBranch) return;
  const key = k.branch(state.repo.fullName, name);
  if (ctx.store.branches.remove(key)) ctx.rec?.deleted('github', 'branches', key);
}

/** A branch name not used before in the repository (suffixed `-2`, `-3`… if needed). */
export function freshBranchName(state: RepoState, wanted: string): string {
  let name = wanted;
  for (let n = 2; state.usedBranchNames.has(name); n++) name = `${wanted}-${n}`;
  state.usedBranchNames.add(name);
  return name;
}

/** The default branch's head commit and its time. */
export function mainHead(state: RepoState): { sha: string; at: number } {
  const last = state.mainShas.length - 1;
  return { sha: state.mainShas[last] as string, at: state.mainTimes[last] as number };
}

/** The default branch's head at time `t` (the first commit if `t` is earlier). */
export function mainHeadAt(state: RepoState, t: number): string {
  const times = state.mainTimes;
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((times[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return state.mainShas[lo] as string;
}

/** Adds a commit on the default branch (a direct push or a merge) and moves the branch. */
export function commitToMain(
  ctx: GithubOpContext,
  state: RepoState,
  c: Omit<NewCommit, 'parents' | 'branch'> & { readonly extraParent?: string },
): string {
  const head = mainHead(state);
  const at = Math.max(c.at, head.at + 1_000);
  const parents = c.extraParent ? [head.sha, c.extraParent] : [head.sha];
  const sha = addCommit(ctx, state, { ...c, at, parents, branch: state.repo.defaultBranch });
  state.mainShas.push(sha);
  state.mainTimes.push(at);
  setBranch(ctx, state, state.repo.defaultBranch, sha);
  touchRepo(ctx, state, at, true);
  return sha;
}

/** Bumps the repository's `updatedAt` (and `pushedAt` for pushes). */
export function touchRepo(ctx: GithubOpContext, state: RepoState, at: number, pushed: boolean): void {
  const repo = state.repo;
  if (at > repo.updatedAt) repo.updatedAt = at;
  if (pushed && at > repo.pushedAt) repo.pushedAt = at;
  ctx.rec?.updated('github', 'repositories', repo.fullName);
}
