import type { GithubOpContext } from './github-git-ops.js';
import type { GithubPullRequest, GithubReview, GithubReviewComment } from './github-work-types.js';
import type { Mutable } from './mutable.js';
import type { Actor } from './people.js';
import { commentBody, filePath, LONG_GITHUB_BODY, reviewBody } from './text-pool.js';
import { worldKeys as k } from './world-keys.js';

const HUNKS: readonly string[] = [
  '@@ -10,6 +10,7 @@ export function read(input) {\n   const value = parse(input);\n+  validate(value);',
  '@@ -42,7 +42,7 @@ class Client {\n-    retries = 3;\n+    retries = 5;',
  '@@ -1,3 +1,4 @@\n+// Überarbeitet: Zeichenkodierung 文字\n import { run } from "./run";',
  '@@ -88,4 +88,9 @@ def export(rows):\n+    if not rows:\n+        return []',
];

/**
 * Reviews a pull request at its current head: a review with `comments` review comments on diff
 * lines (the second one, if any, often replies to the first). A `PENDING` review has no
 * submission time and no comments. `longBody` gives the review a very long body.
 */
export function reviewPull(
  ctx: GithubOpContext,
  pr: Mutable<GithubPullRequest>,
  reviewer: Actor,
  state: GithubReview['state'],
  at: number,
  comments: number,
  longBody = false,
): Mutable<GithubReview> {
  const { store, rng } = ctx;
  const review: Mutable<GithubReview> = {
    id: store.ids.review.next(),
    repo: pr.repo,
    pullNumber: pr.number,
    author: reviewer.login,
    state,
    body: longBody ? LONG_GITHUB_BODY : reviewBody(rng),
    commitSha: pr.headSha,
    submittedAt: state === 'PENDING' ? null : at,
  };
  store.reviews.insert(review);
  ctx.rec?.created('github', 'reviews', k.review(pr.repo, pr.number, review.id));
  const n = state === 'PENDING' ? 0 : comments;
  let first: number | null = null;
  for (let i = 0; i < n; i++) {
    const line = rng.int(1, 400);
    const created = at - (n - i) * 1_000;
    const comment: GithubReviewComment = {
      id: store.ids.reviewComment.next(),
      repo: pr.repo,
      pullNumber: pr.number,
      reviewId: review.id,
      author: reviewer.login,
      body: commentBody(rng),
      path: filePath(rng),
      line,
      side: rng.chance(0.9) ? 'RIGHT' : 'LEFT',
      diffHunk: rng.pick(HUNKS),
      commitSha: pr.headSha,
      originalCommitSha: pr.headSha,
      inReplyToId: first !== null && rng.chance(0.4) ? first : null,
      createdAt: created,
      updatedAt: created,
    };
    store.reviewComments.insert(comment);
    ctx.rec?.created('github', 'reviewComments', k.reviewComment(pr.repo, pr.number, comment.id));
    first ??= comment.id;
  }
  if (state !== 'PENDING') {
    pr.requestedReviewers = pr.requestedReviewers.filter((login) => login !== reviewer.login);
    pr.updatedAt = Math.max(pr.updatedAt, at);
    const key = k.issue(pr.repo, pr.number);
    ctx.rec?.updated('github', 'pullRequests', key);
    ctx.rec?.updated('github', 'issues', key);
  }
  return review;
}

/** Requests reviews from people (logins) and teams (slugs) on an open pull request. */
export function requestReviews(
  ctx: GithubOpContext,
  pr: Mutable<GithubPullRequest>,
  logins: readonly string[],
  teams: readonly string[],
  at: number,
): void {
  const reviewers = logins.filter((l) => l !== pr.author && !pr.requestedReviewers.includes(l));
  const newTeams = teams.filter((t) => !pr.requestedTeams.includes(t));
  if (reviewers.length === 0 && newTeams.length === 0) return;
  pr.requestedReviewers = [...pr.requestedReviewers, ...reviewers];
  pr.requestedTeams = [...pr.requestedTeams, ...newTeams];
  pr.updatedAt = Math.max(pr.updatedAt, at);
  const key = k.issue(pr.repo, pr.number);
  ctx.rec?.updated('github', 'pullRequests', key);
  ctx.rec?.updated('github', 'issues', key);
}

/** Dismisses a submitted review (as a maintainer does with stale change requests). */
export function dismissReview(
  ctx: GithubOpContext,
  pr: Mutable<GithubPullRequest>,
  review: Mutable<GithubReview>,
  at: number,
): void {
  review.state = 'DISMISSED';
  pr.updatedAt = Math.max(pr.updatedAt, at);
  const key = k.issue(pr.repo, pr.number);
  ctx.rec?.updated('github', 'reviews', k.review(pr.repo, pr.number, review.id));
  ctx.rec?.updated('github', 'pullRequests', key);
  ctx.rec?.updated('github', 'issues', key);
}
