import { type GithubIssue, type GithubPullRequest, type GithubRepository, githubNodeId } from '../../world/index.js';
import type { IssueComment } from './derived-activity.js';
import { type GithubContext, iso, isoOrNull } from './github-context.js';
import { associationOf, labelsJson, milestoneOf, reactionsJson } from './item-json.js';
import { repoUrl } from './repo-json.js';
import { userOrNull } from './user-json.js';

/** An issue or a pull request, as the issues endpoints list them. */
export type IssueLike = GithubIssue | GithubPullRequest;

/** The id of an item as an issue (a pull request's issue id differs from its pull id). */
export const issueIdOf = (item: IssueLike): number => (item.kind === 'pull' ? item.issueId : item.id);

/** `issue` (pull requests carry a `pull_request` key). */
export function issueJson(ctx: GithubContext, repo: GithubRepository, item: IssueLike): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const url = `${base}/issues/${item.number}`;
  const kindPath = item.kind === 'pull' ? 'pull' : 'issues';
  const html = `${ctx.web}/${repo.fullName}/${kindPath}/${item.number}`;
  const assignees = item.assignees.flatMap((login) => {
    const user = userOrNull(ctx, login);
    return user === null ? [] : [user];
  });
  const id = issueIdOf(item);
  const out: Record<string, unknown> = {
    id,
    node_id: githubNodeId(item.kind === 'pull' ? 'PullRequest' : 'Issue', item.kind === 'pull' ? item.id : id),
    url,
    repository_url: base,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: item.number,
    state: item.state,
    state_reason: item.kind === 'issue' ? item.stateReason : null,
    title: item.title,
    body: item.body,
    user: userOrNull(ctx, item.author),
    labels: labelsJson(ctx, item.repo, item.labels),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: milestoneOf(ctx, item.repo, item.milestone),
    locked: item.locked,
    active_lock_reason: item.locked ? 'resolved' : null,
    comments: item.comments,
    closed_at: isoOrNull(item.closedAt),
    created_at: iso(item.createdAt),
    updated_at: iso(item.updatedAt),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    author_association: associationOf(ctx, repo, item.author),
    reactions: reactionsJson(url),
  };
  if (item.kind === 'pull') {
    out.draft = item.draft;
    out.pull_request = {
      url: `${base}/pulls/${item.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: isoOrNull(item.mergedAt),
    };
  }
  return out;
}

/** `issue-comment`. */
export function issueCommentJson(ctx: GithubContext, repo: GithubRepository, c: IssueComment): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const url = `${base}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: githubNodeId('IssueComment', c.id),
    url,
    html_url: `${ctx.web}/${repo.fullName}/issues/${c.number}#issuecomment-${c.id}`,
    body: c.body,
    user: userOrNull(ctx, c.author),
    created_at: iso(c.createdAt),
    updated_at: iso(c.createdAt),
    issue_url: `${base}/issues/${c.number}`,
    author_association: associationOf(ctx, repo, c.author),
    performed_via_github_app: null,
    reactions: reactionsJson(url),
  };
}
