import { type GithubRepository, githubNodeId } from '../../world/index.js';
import { hashString } from '../../world/random.js';
import type { CommitComment, ContributorWeeks, Star } from './derived-activity.js';
import { type GithubContext, iso } from './github-context.js';
import { issueJson } from './issue-json.js';
import { associationOf, reactionsJson } from './item-json.js';
import { repoUrl } from './repo-json.js';
import { actorOf, orgAsUser, simpleUser, userOrNull } from './user-json.js';

/** `commit-comment`. */
export function commitCommentJson(
  ctx: GithubContext,
  repo: GithubRepository,
  c: CommitComment,
): Record<string, unknown> {
  const url = `${repoUrl(ctx, repo)}/comments/${c.id}`;
  return {
    html_url: `${ctx.web}/${repo.fullName}/commit/${c.sha}#commitcomment-${c.id}`,
    url,
    id: c.id,
    node_id: githubNodeId('CommitComment', c.id),
    body: c.body,
    path: c.path,
    position: c.line,
    line: c.line,
    commit_id: c.sha,
    user: userOrNull(ctx, c.author),
    created_at: iso(c.createdAt),
    updated_at: iso(c.createdAt),
    author_association: associationOf(ctx, repo, c.author),
    reactions: reactionsJson(url),
  };
}

/** `stargazer` (with the `star+json` media type) or the star's `simple-user`. */
export function starJson(ctx: GithubContext, star: Star, withDates: boolean): Record<string, unknown> {
  return withDates ? { starred_at: iso(star.starredAt), user: simpleUser(ctx, star.user) } : simpleUser(ctx, star.user);
}

/** `contributor-activity`. */
export function contributorJson(ctx: GithubContext, c: ContributorWeeks): Record<string, unknown> {
  return { author: userOrNull(ctx, c.login), total: c.total, weeks: c.weeks };
}

/** A repository event: what happened, when, by whom. Payloads are GitHub's event payloads. */
export interface RepoEvent {
  readonly type: 'PushEvent' | 'PullRequestEvent' | 'IssuesEvent' | 'WatchEvent';
  readonly at: number;
  readonly actor: string | null;
  readonly key: string;
  readonly payload: Record<string, unknown>;
}

/** The last 90 days of a repository's activity, newest first, at most 300 events (GitHub's window). */
export function repoEvents(ctx: GithubContext, repo: GithubRepository, stars: readonly Star[]): RepoEvent[] {
  const now = ctx.world.clock.now();
  const since = now - 90 * 24 * 3_600_000;
  const gh = ctx.world.github;
  const base = repoUrl(ctx, repo);
  const out: RepoEvent[] = [];
  const commits = gh.commits.group(repo.fullName);
  for (let i = 0; i < commits.length; i++) {
    const c = commits[i];
    if (c === undefined || c.committedAt < since || c.committedAt > now) continue;
    out.push({
      type: 'PushEvent',
      at: c.committedAt,
      actor: c.committerLogin,
      key: `push:${c.sha}`,
      payload: {
        repository_id: repo.id,
        push_id: 20_000_000_000 + (hashString(c.sha) % 1_000_000_000),
        ref: `refs/heads/${c.branch}`,
        head: c.sha,
        before: c.parents[0] ?? '0000000000000000000000000000000000000000',
      },
    });
  }
  for (const pr of gh.pullRequests.group(repo.fullName)) {
    const small = { id: repo.id, url: base, name: repo.name };
    const minimal = {
      id: pr.id,
      number: pr.number,
      url: `${base}/pulls/${pr.number}`,
      head: { ref: pr.headRef, sha: pr.headSha, repo: small },
      base: { ref: pr.baseRef, sha: pr.baseSha, repo: small },
    };
    const moments: [string, number, string | null][] = [['opened', pr.createdAt, pr.author]];
    if (pr.closedAt !== null && pr.state === 'closed') moments.push(['closed', pr.closedAt, pr.mergedBy ?? pr.author]);
    for (const [action, at, actor] of moments) {
      if (at < since || at > now) continue;
      out.push({
        type: 'PullRequestEvent',
        at,
        actor,
        key: `pr:${pr.id}:${action}`,
        payload: { action, number: pr.number, pull_request: minimal },
      });
    }
  }
  for (const issue of gh.issues.group(repo.fullName)) {
    if (issue.createdAt < since || issue.createdAt > now) continue;
    out.push({
      type: 'IssuesEvent',
      at: issue.createdAt,
      actor: issue.author,
      key: `issue:${issue.id}`,
      payload: { action: 'opened', issue: issueJson(ctx, repo, issue) },
    });
  }
  for (const star of stars) {
    if (star.starredAt < since || star.starredAt > now) continue;
    out.push({
      type: 'WatchEvent',
      at: star.starredAt,
      actor: star.user.login,
      key: `star:${star.user.login}`,
      payload: { action: 'started' },
    });
  }
  return out.sort((a, b) => b.at - a.at || (a.key < b.key ? -1 : 1)).slice(0, 300);
}

/** `event`. */
export function eventJson(ctx: GithubContext, repo: GithubRepository, e: RepoEvent): Record<string, unknown> {
  const org = ctx.world.github.organizations.get(repo.owner);
  const out: Record<string, unknown> = {
    id: String(40_000_000_000 + (hashString(`${repo.fullName}:${e.key}`) % 10_000_000_000)),
    type: e.type,
    actor: actorOf(ctx, e.actor),
    repo: { id: repo.id, name: repo.fullName, url: repoUrl(ctx, repo) },
    payload: e.payload,
    public: !repo.private,
    created_at: iso(e.at),
  };
  if (org !== undefined) {
    const asUser = orgAsUser(ctx, org);
    out.org = {
      id: org.id,
      login: org.login,
      gravatar_id: '',
      url: `${ctx.api}/orgs/${org.login}`,
      avatar_url: asUser.avatar_url,
    };
  }
  return out;
}
