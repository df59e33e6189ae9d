import {
  type GithubPullRequest,
  type GithubRepository,
  type GithubReview,
  type GithubReviewComment,
  githubNodeId,
} from '../../world/index.js';
import { type GithubContext, iso, isoOrNull } from './github-context.js';
import { associationOf, labelsJson, milestoneOf, reactionsJson, teamJson, teamSimple } from './item-json.js';
import { repository, repoUrl } from './repo-json.js';
import { ownerOf, userOrGhost, userOrNull } from './user-json.js';

const link = (href: string): { href: string } => ({ href });

function ref(ctx: GithubContext, repo: GithubRepository, name: string, sha: string): Record<string, unknown> {
  return {
    label: `${repo.owner}:${name}`,
    ref: name,
    repo: repository(ctx, repo),
    sha,
    user: ownerOf(ctx, repo.owner),
  };
}

function users(ctx: GithubContext, logins: readonly string[]): Record<string, unknown>[] {
  return logins.flatMap((login) => {
    const user = userOrNull(ctx, login);
    return user === null ? [] : [user];
  });
}

function teams(ctx: GithubContext, pr: GithubPullRequest, full: boolean): Record<string, unknown>[] {
  const owner = pr.repo.split('/')[0] as string;
  return pr.requestedTeams.flatMap((slug) => {
    const team = ctx.world.github.teams.get(`@${owner}/${slug}`);
    if (team === undefined) return [];
    return [full ? teamJson(ctx, team) : teamSimple(ctx, team)];
  });
}

/** `pull-request-simple` (the list), or with `full` the fields `pull-request` shares with it. */
export function pullSimple(
  ctx: GithubContext,
  repo: GithubRepository,
  pr: GithubPullRequest,
  full = false,
): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const url = `${base}/pulls/${pr.number}`;
  const html = `${ctx.web}/${repo.fullName}/pull/${pr.number}`;
  const issue = `${base}/issues/${pr.number}`;
  const assignees = users(ctx, pr.assignees);
  return {
    url,
    id: pr.id,
    node_id: githubNodeId('PullRequest', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${base}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${base}/statuses/${pr.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: pr.locked,
    title: pr.title,
    user: full ? userOrGhost(ctx, pr.author) : userOrNull(ctx, pr.author),
    body: pr.body,
    // The list's label schema has a non-null description: labels without one read as ''.
    labels: labelsJson(ctx, pr.repo, pr.labels).map((l) => (full ? l : { ...l, description: l.description ?? '' })),
    milestone: milestoneOf(ctx, pr.repo, pr.milestone),
    active_lock_reason: pr.locked ? 'resolved' : null,
    created_at: iso(pr.createdAt),
    updated_at: iso(pr.updatedAt),
    closed_at: isoOrNull(pr.closedAt),
    merged_at: isoOrNull(pr.mergedAt),
    merge_commit_sha: pr.mergeCommitSha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: users(ctx, pr.requestedReviewers),
    requested_teams: teams(ctx, pr, !full),
    head: ref(ctx, repo, pr.headRef, pr.headSha),
    base: ref(ctx, repo, pr.baseRef, pr.baseSha),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issue),
      comments: link(`${issue}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${base}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${base}/statuses/${pr.headSha}`),
    },
    author_association: associationOf(ctx, repo, pr.author),
    auto_merge: null,
    draft: pr.draft,
  };
}

/** `pull-request` (one pull request). */
export function pullFull(ctx: GithubContext, repo: GithubRepository, pr: GithubPullRequest): Record<string, unknown> {
  const merged = pr.mergedAt !== null;
  return {
    ...pullSimple(ctx, repo, pr, true),
    merged,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? repo.mergeStyle === 'merge' : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: merged ? userOrNull(ctx, pr.mergedBy) : null,
    comments: pr.comments,
    review_comments: ctx.world.github.reviewComments.group(`${pr.repo}#${pr.number}`).length,
    maintainer_can_modify: false,
    commits: pr.commits.length,
    additions: pr.additions,
    deletions: pr.deletions,
    changed_files: pr.changedFiles,
  };
}

/** `pull-request-review`. */
export function reviewJson(ctx: GithubContext, repo: GithubRepository, r: GithubReview): Record<string, unknown> {
  const pull = `${repoUrl(ctx, repo)}/pulls/${r.pullNumber}`;
  const html = `${ctx.web}/${repo.fullName}/pull/${r.pullNumber}#pullrequestreview-${r.id}`;
  const out: Record<string, unknown> = {
    id: r.id,
    node_id: githubNodeId('PullRequestReview', r.id),
    user: userOrNull(ctx, r.author),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pull,
    author_association: associationOf(ctx, repo, r.author),
    _links: { html: link(html), pull_request: link(pull) },
    commit_id: r.commitSha,
  };
  if (r.submittedAt !== null) out.submitted_at = iso(r.submittedAt);
  return out;
}

/** `pull-request-review-comment`. */
export function reviewCommentJson(
  ctx: GithubContext,
  repo: GithubRepository,
  c: GithubReviewComment,
): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const url = `${base}/pulls/comments/${c.id}`;
  const html = `${ctx.web}/${repo.fullName}/pull/${c.pullNumber}#discussion_r${c.id}`;
  const pull = `${base}/pulls/${c.pullNumber}`;
  const position = 1 + (c.line % 20);
  const out: Record<string, unknown> = {
    url,
    pull_request_review_id: c.reviewId,
    id: c.id,
    node_id: githubNodeId('PullRequestReviewComment', c.id),
    diff_hunk: c.diffHunk,
    path: c.path,
    position,
    original_position: position,
    commit_id: c.commitSha,
    original_commit_id: c.originalCommitSha,
    user: userOrNull(ctx, c.author),
    body: c.body,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
    html_url: html,
    pull_request_url: pull,
    author_association: associationOf(ctx, repo, c.author),
    _links: { self: link(url), html: link(html), pull_request: link(pull) },
    start_line: c.line > 1 ? c.line - 1 : null,
    original_start_line: c.line > 1 ? c.line - 1 : null,
    start_side: c.line > 1 ? c.side : null,
    line: c.line,
    original_line: c.line,
    side: c.side,
    subject_type: 'line',
    reactions: reactionsJson(url),
  };
  if (c.inReplyToId !== null) out.in_reply_to_id = c.inReplyToId;
  return out;
}
