import type { GithubOpContext } from './github-git-ops.js';
import { closeIssue, deleteIssue, openIssue, reopenIssue } from './github-issue-ops.js';
import { deletePull, mergePull, openPull, pushToPull } from './github-pull-ops.js';
import { dismissReview, requestReviews, reviewPull } from './github-review-ops.js';
import { deploy, finishDueRuns } from './github-run-ops.js';
import type { RepoState } from './github-store.js';
import type { GithubIssue, GithubPullRequest } from './github-work-types.js';
import type { JiraStore } from './jira-store.js';
import type { Mutable } from './mutable.js';
import { planPull } from './plan-pull.js';
import type { StepProfile } from './scale-profile.js';
import type { StepTimer } from './step-timer.js';
import { workBody, workTitle } from './text-pool.js';
import { jiraKeysIn, worldKeys as k } from './world-keys.js';

/** What a GitHub step did that Jenkins reacts to. */
export interface GithubStepResult {
  /** Repositories whose default branch moved. */
  readonly mainMoved: readonly string[];
  /** Pull requests that got new commits (opened or pushed to). */
  readonly pushed: readonly GithubPullRequest[];
}

function openPullsOf(ctx: GithubOpContext, repo: string, reviewable: boolean): Mutable<GithubPullRequest>[] {
  return ctx.store.pullRequests.group(repo).filter((p) => p.state === 'open' && (!reviewable || !p.draft));
}

/** A random repository's open pull request (or issue), trying a few repositories. */
function pickFrom<T>(ctx: GithubOpContext, states: readonly RepoState[], list: (repo: string) => T[]): T | undefined {
  for (let tries = 0; tries < 8; tries++) {
    const items = list(ctx.rng.pick(states).repo.fullName);
    if (items.length > 0) return ctx.rng.pick(items);
  }
  return undefined;
}

function hasChangeRequest(ctx: GithubOpContext, pr: GithubPullRequest): boolean {
  return ctx.store.reviews.group(k.issue(pr.repo, pr.number)).some((r) => r.state === 'CHANGES_REQUESTED');
}

function jiraKeyOf(pr: GithubPullRequest): string | null {
  return jiraKeysIn(pr.title)[0] ?? null;
}

/**
 * One hour of GitHub activity: finished runs; new pull requests; pushes, reviews, a dismissed
 * change request and merges of open ones; an issue closed, one reopened, one opened and one deleted; one closed, unmerged
 * pull request deleted.
 */
export function githubStep(
  ctx: GithubOpContext,
  jira: JiraStore,
  step: StepProfile,
  timer: StepTimer,
): GithubStepResult {
  const { store, rng } = ctx;
  const states = [...store.repoStates.values()];
  const mainMoved: string[] = [];
  const pushed: GithubPullRequest[] = [];
  finishDueRuns(ctx);

  for (let n = 0; n < step.newPulls; n++) {
    const state = rng.pick(states);
    const at = timer.next();
    const project = jira.projects.get(state.repo.jiraProject);
    const issues = project ? jira.issues.group(project.id) : [];
    const labels = store.labels.group(state.repo.fullName).map((l) => l.name);
    const p = planPull(rng, state, state.nextNumber, at, ctx.now, issues, labels);
    const pr = openPull(ctx, state, {
      at,
      author: p.author,
      title: p.title,
      body: p.body,
      branch: p.branch,
      draft: p.draft,
      // commits made just before opening, within the step (incremental `since` syncs must see them)
      commitTimes: p.commitTimes.map((_t, i, all) => at - (all.length - i) * 1_000),
      jiraKey: p.jiraKey,
      labels: p.labels,
      milestone: null,
      assignees: [],
    });
    const logins = state.contributors.flatMap((c) => (c.login === null ? [] : [c.login]));
    if (!pr.draft) requestReviews(ctx, pr, rng.sample(logins, 1), [], at);
    pushed.push(pr);
  }
  for (let n = 0; n < step.pushes; n++) {
    const pr = pickFrom(ctx, states, (repo) => openPullsOf(ctx, repo, false));
    if (!pr) break;
    const state = store.stateOf(pr.repo);
    const author = state.contributors.find((c) => c.login === pr.author) ?? rng.pick(state.contributors);
    pushToPull(ctx, state, pr, timer.next(), author, jiraKeyOf(pr));
    pushed.push(pr);
  }
  for (let n = 0; n < step.reviews; n++) {
    const pr = pickFrom(ctx, states, (repo) => openPullsOf(ctx, repo, true));
    if (!pr) break;
    const reviewers = store.stateOf(pr.repo).contributors.filter((c) => c.login !== pr.author);
    if (reviewers.length === 0) continue;
    const state = rng.weighted(['COMMENTED', 'CHANGES_REQUESTED', 'APPROVED'] as const, [40, 25, 35]);
    reviewPull(ctx, pr, rng.pick(reviewers), state, timer.next(), state === 'APPROVED' ? 0 : rng.int(1, 3));
  }
  const stale = pickFrom(ctx, states, (repo) => openPullsOf(ctx, repo, true).filter((p) => hasChangeRequest(ctx, p)));
  if (stale) {
    const review = ctx.store.reviews
      .group(k.issue(stale.repo, stale.number))
      .find((r) => r.state === 'CHANGES_REQUESTED');
    if (review) dismissReview(ctx, stale, review, timer.next());
  }
  for (let n = 0; n < step.merges; n++) {
    const pr = pickFrom(ctx, states, (repo) => openPullsOf(ctx, repo, true));
    if (!pr) break;
    const state = store.stateOf(pr.repo);
    const by = rng.pick(state.contributors);
    const at = timer.next();
    const sha = mergePull(ctx, state, pr, at, by);
    if (rng.chance(0.3)) deploy(ctx, state, sha, at + 60_000, by);
    mainMoved.push(pr.repo);
  }
  issueChanges(ctx, states, timer);
  const doomed = pickFrom(ctx, states, (repo) =>
    store.pullRequests.group(repo).filter((p) => p.state === 'closed' && p.mergedAt === null),
  );
  if (doomed) deletePull(ctx, store.stateOf(doomed.repo), doomed);
  return { mainMoved, pushed };
}

function issueChanges(ctx: GithubOpContext, states: readonly RepoState[], timer: StepTimer): void {
  const { store, rng } = ctx;
  // issues untouched so far in this step, so that one issue is not closed and reopened at once
  const withState = (s: GithubIssue['state']) => (repo: string) =>
    store.issues.group(repo).filter((i) => i.state === s && i.updatedAt < timer.start);
  const open = pickFrom(ctx, states, withState('open'));
  if (open) closeIssue(ctx, open, timer.next(), rng.chance(0.8) ? 'completed' : 'not_planned');
  const closed = pickFrom(ctx, states, withState('closed'));
  if (closed) reopenIssue(ctx, closed, timer.next());
  const state = rng.pick(states);
  const index = state.nextNumber;
  openIssue(ctx, state, {
    at: timer.next(),
    author: rng.pick(state.contributors).login,
    title: workTitle(rng, index),
    body: workBody(rng, index),
    labels: [],
    assignees: [],
    milestone: null,
  });
  // an issue untouched in this step (not the one just opened, closed or reopened)
  const doomed = pickFrom(ctx, states, (repo) => store.issues.group(repo).filter((i) => i.updatedAt < timer.start));
  if (doomed) deleteIssue(ctx, doomed);
}
