import {
  addCommit,
  commitToMain,
  deleteBranch,
  freshBranchName,
  type GithubOpContext,
  mainHead,
  setBranch,
} from './github-git-ops.js';
import { startRun } from './github-run-ops.js';
import type { RepoState } from './github-store.js';
import type { GithubPullRequest } from './github-work-types.js';
import { appendTo, type Mutable, NONE } from './mutable.js';
import type { Actor } from './people.js';
import { commitMessage } from './text-pool.js';
import { worldKeys as k } from './world-keys.js';

/** A pull request to open. */
export interface NewPull {
  readonly at: number;
  readonly author: Actor;
  readonly title: string;
  readonly body: string | null;
  /** Wanted head branch name (made unique in the repository). */
  readonly branch: string;
  readonly draft: boolean;
  /** Times of the commits made before opening, oldest first (each before `at`). */
  readonly commitTimes: readonly number[];
  /** Jira key the commit messages carry, or null. */
  readonly jiraKey: string | null;
  readonly labels: readonly string[];
  readonly milestone: number | null;
  readonly assignees: readonly string[];
}

function markPull(ctx: GithubOpContext, pr: GithubPullRequest, op: 'created' | 'updated'): void {
  const key = k.issue(pr.repo, pr.number);
  ctx.rec?.[op]('github', 'pullRequests', key);
  ctx.rec?.[op]('github', 'issues', key);
}

function maybeRun(ctx: GithubOpContext, state: RepoState, pr: GithubPullRequest, actor: Actor, at: number): void {
  if (!ctx.rng.chance(ctx.ciShare)) return;
  startRun(ctx, state, {
    workflow: 'ci',
    event: 'pull_request',
    sha: pr.headSha,
    branch: pr.headRef,
    pullNumbers: [pr.number],
    at,
    actor,
    title: pr.title,
  });
}

/** Opens a pull request from a new branch off the default branch's head, with its first commits. */
export function openPull(ctx: GithubOpContext, state: RepoState, p: NewPull): Mutable<GithubPullRequest> {
  const { store, rng } = ctx;
  const repo = state.repo;
  const base = mainHead(state);
  const branch = freshBranchName(state, p.branch);
  const shas: string[] = [];
  let parent = base.sha;
  let last = base.at;
  for (const t of p.commitTimes) {
    last = Math.max(t, last + 1_000);
    parent = addCommit(ctx, state, {
      parents: [parent],
      message: commitMessage(rng, p.jiraKey),
      author: p.author,
      at: last,
      branch,
    });
    shas.push(parent);
  }
  setBranch(ctx, state, branch, parent);
  const createdAt = Math.max(p.at, last + 1_000);
  const pr: Mutable<GithubPullRequest> = {
    kind: 'pull',
    id: store.ids.pull.next(),
    issueId: store.ids.issue.next(),
    repo: repo.fullName,
    number: state.nextNumber++,
    title: p.title,
    body: p.body,
    state: 'open',
    draft: p.draft,
    locked: false,
    author: p.author.login,
    assignees: p.assignees,
    requestedReviewers: NONE,
    requestedTeams: NONE,
    labels: p.labels,
    milestone: p.milestone,
    headRef: branch,
    headSha: parent,
    baseRef: repo.defaultBranch,
    baseSha: base.sha,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    closedAt: null,
    createdAt,
    updatedAt: createdAt,
    commits: shas,
    additions: rng.int(1, 400),
    deletions: rng.int(0, 200),
    changedFiles: rng.int(1, 20),
    comments: rng.int(0, 4),
  };
  store.pullRequests.insert(pr);
  markPull(ctx, pr, 'created');
  maybeRun(ctx, state, pr, p.author, createdAt + 30_000);
  return pr;
}

/** Pushes one more commit to an open pull request's branch. */
export function pushToPull(
  ctx: GithubOpContext,
  state: RepoState,
  pr: Mutable<GithubPullRequest>,
  at: number,
  author: Actor,
  jiraKey: string | null,
): void {
  const sha = addCommit(ctx, state, {
    parents: [pr.headSha],
    message: commitMessage(ctx.rng, jiraKey),
    author,
    at,
    branch: pr.headRef,
  });
  pr.headSha = sha;
  appendTo(pr.commits, sha);
  pr.updatedAt = Math.max(pr.updatedAt, at);
  pr.additions += ctx.rng.int(0, 60);
  setBranch(ctx, state, pr.headRef, sha);
  markPull(ctx, pr, 'updated');
  maybeRun(ctx, state, pr, author, at + 30_000);
}

/** Merges an open pull request: a merge or squash commit on the base branch; the head branch goes. */
export function mergePull(
  ctx: GithubOpContext,
  state: RepoState,
  pr: Mutable<GithubPullRequest>,
  at: number,
  by: Actor,
): string {
  const squash = state.repo.mergeStyle === 'squash';
  const sha = commitToMain(ctx, state, {
    message: squash
      ? `${pr.title} (#${pr.number})`
      : `Merge pull request #${pr.number} from ${state.repo.owner}/${pr.headRef}\n\n${pr.title}`,
    author: by,
    at,
    ...(squash ? {} : { extraParent: pr.headSha }),
  });
  const mergedAt = ctx.store.commits.get(k.commit(pr.repo, sha))?.committedAt ?? at;
  pr.state = 'closed';
  pr.draft = false;
  pr.mergedAt = mergedAt;
  pr.closedAt = mergedAt;
  pr.mergedBy = by.login;
  pr.mergeCommitSha = sha;
  pr.requestedReviewers = NONE;
  pr.requestedTeams = NONE;
  pr.updatedAt = Math.max(pr.updatedAt, mergedAt);
  deleteBranch(ctx, state, pr.headRef);
  markPull(ctx, pr, 'updated');
  if (ctx.rng.chance(ctx.ciShare)) {
    startRun(ctx, state, {
      workflow: 'ci',
      event: 'push',
      sha,
      branch: state.repo.defaultBranch,
      pullNumbers: NONE,
      at: mergedAt + 20_000,
      actor: by,
      title: pr.title,
    });
  }
  return sha;
}

/** Closes an open pull request without merging; its branch is deleted half of the time. */
export function closePull(ctx: GithubOpContext, state: RepoState, pr: Mutable<GithubPullRequest>, at: number): void {
  pr.state = 'closed';
  pr.closedAt = at;
  pr.requestedReviewers = NONE;
  pr.requestedTeams = NONE;
  pr.updatedAt = Math.max(pr.updatedAt, at);
  if (ctx.rng.chance(0.5)) deleteBranch(ctx, state, pr.headRef);
  markPull(ctx, pr, 'updated');
}

/**
 * Deletes a pull request with its reviews and review comments (GitHub support can do this; the
 * sandbox uses it to test deletions). Its commits stay in the repository; runs forget it.
 */
export function deletePull(ctx: GithubOpContext, state: RepoState, pr: GithubPullRequest): void {
  const { store } = ctx;
  const key = k.issue(pr.repo, pr.number);
  for (const review of [...store.reviews.group(key)]) {
    const rk = k.review(pr.repo, pr.number, review.id);
    store.reviews.remove(rk);
    ctx.rec?.deleted('github', 'reviews', rk);
  }
  for (const comment of [...store.reviewComments.group(key)]) {
    const ck = k.reviewComment(pr.repo, pr.number, comment.id);
    store.reviewComments.remove(ck);
    ctx.rec?.deleted('github', 'reviewComments', ck);
  }
  for (const run of store.workflowRuns.group(pr.repo)) {
    if (run.pullNumbers.includes(pr.number)) run.pullNumbers = run.pullNumbers.filter((n) => n !== pr.number);
  }
  deleteBranch(ctx, state, pr.headRef);
  store.pullRequests.remove(key);
  ctx.rec?.deleted('github', 'pullRequests', key);
  ctx.rec?.deleted('github', 'issues', key);
}
