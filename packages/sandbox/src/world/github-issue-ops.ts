import type { GithubOpContext } from './github-git-ops.js';
import type { RepoState } from './github-store.js';
import type { GithubIssue } from './github-work-types.js';
import type { Mutable } from './mutable.js';
import { worldKeys as k } from './world-keys.js';

/** An issue to open. */
export interface NewIssue {
  readonly at: number;
  readonly author: string | null;
  readonly title: string;
  readonly body: string | null;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly milestone: number | null;
}

/** Opens an issue with the repository's next number. */
export function openIssue(ctx: GithubOpContext, state: RepoState, i: NewIssue): Mutable<GithubIssue> {
  const issue: Mutable<GithubIssue> = {
    kind: 'issue',
    id: ctx.store.ids.issue.next(),
    repo: state.repo.fullName,
    number: state.nextNumber++,
    title: i.title,
    body: i.body,
    state: 'open',
    stateReason: null,
    author: i.author,
    assignees: i.assignees,
    labels: i.labels,
    milestone: i.milestone,
    comments: ctx.rng.int(0, 8),
    locked: ctx.rng.chance(0.01),
    createdAt: i.at,
    updatedAt: i.at,
    closedAt: null,
  };
  ctx.store.issues.insert(issue);
  ctx.rec?.created('github', 'issues', k.issue(issue.repo, issue.number));
  return issue;
}

/** Closes an open issue as completed or not planned. */
export function closeIssue(
  ctx: GithubOpContext,
  issue: Mutable<GithubIssue>,
  at: number,
  reason: 'completed' | 'not_planned',
): void {
  issue.state = 'closed';
  issue.stateReason = reason;
  issue.closedAt = at;
  issue.updatedAt = Math.max(issue.updatedAt, at);
  ctx.rec?.updated('github', 'issues', k.issue(issue.repo, issue.number));
}

/** Reopens a closed issue. */
export function reopenIssue(ctx: GithubOpContext, issue: Mutable<GithubIssue>, at: number): void {
  issue.state = 'open';
  issue.stateReason = 'reopened';
  issue.closedAt = null;
  issue.updatedAt = Math.max(issue.updatedAt, at);
  ctx.rec?.updated('github', 'issues', k.issue(issue.repo, issue.number));
}

/** Deletes an issue (admins can; its number is not reused). */
export function deleteIssue(ctx: GithubOpContext, issue: GithubIssue): void {
  const key = k.issue(issue.repo, issue.number);
  if (ctx.store.issues.remove(key)) ctx.rec?.deleted('github', 'issues', key);
}
