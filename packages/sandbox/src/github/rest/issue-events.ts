import { type GithubRepository, githubNodeId } from '../../world/index.js';
import { hashString } from '../../world/random.js';
import { commitJson } from './commit-json.js';
import { commentsOf } from './derived-activity.js';
import { type GithubContext, iso } from './github-context.js';
import { type IssueLike, issueCommentJson, issueIdOf, issueJson } from './issue-json.js';
import { associationOf } from './item-json.js';
import { reviewJson } from './pull-json.js';
import { repoUrl } from './repo-json.js';
import { userOrGhost, userOrNull } from './user-json.js';

// Issue events the world implies: labels, assignments, milestones and review requests made when an
// item opened, and its closing, merging or reopening. Ids are derived from the item's issue id.

/** One derived issue event. */
export interface IssueEvent {
  readonly id: number;
  readonly item: IssueLike;
  readonly event: 'labeled' | 'assigned' | 'milestoned' | 'review_requested' | 'merged' | 'closed' | 'reopened';
  readonly actor: string | null;
  readonly at: number;
  readonly label?: string;
  readonly subject?: string;
  readonly commitId?: string;
}

/** The events of one issue or pull request, oldest first. */
export function eventsOf(item: IssueLike): IssueEvent[] {
  const base = 9_000_000_000 + (issueIdOf(item) - 2_000_000_000) * 64;
  const out: IssueEvent[] = [];
  const add = (e: Omit<IssueEvent, 'id' | 'item'>, slot: number): void => {
    out.push({ id: base + slot, item, ...e });
  };
  item.labels.slice(0, 16).forEach((label, i) => {
    add({ event: 'labeled', actor: item.author, at: item.createdAt + 1000, label }, i);
  });
  item.assignees.slice(0, 8).forEach((login, i) => {
    add({ event: 'assigned', actor: item.author, at: item.createdAt + 2000, subject: login }, 16 + i);
  });
  if (item.milestone !== null) add({ event: 'milestoned', actor: item.author, at: item.createdAt + 3000 }, 24);
  if (item.kind === 'pull') {
    item.requestedReviewers.slice(0, 8).forEach((login, i) => {
      add({ event: 'review_requested', actor: item.author, at: item.createdAt + 4000, subject: login }, 25 + i);
    });
    if (item.mergedAt !== null) {
      const commitId = item.mergeCommitSha ?? undefined;
      add({ event: 'merged', actor: item.mergedBy, at: item.mergedAt, ...(commitId ? { commitId } : {}) }, 33);
    }
  }
  if (item.closedAt !== null && item.state === 'closed') {
    add({ event: 'closed', actor: item.kind === 'pull' ? item.mergedBy : item.author, at: item.closedAt }, 34);
  }
  if (item.kind === 'issue' && item.stateReason === 'reopened') {
    add({ event: 'reopened', actor: item.author, at: item.updatedAt }, 35);
  }
  return out.sort((a, b) => a.at - b.at || a.id - b.id);
}

/** The fields every issue event shares (`issue-event` and the timeline's event types). */
function eventBase(ctx: GithubContext, repo: GithubRepository, e: IssueEvent, nullableActor: boolean) {
  const base = repoUrl(ctx, repo);
  return {
    id: e.id,
    node_id: githubNodeId(`${e.event.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase())}Event`, e.id),
    url: `${base}/issues/events/${e.id}`,
    actor: nullableActor ? userOrNull(ctx, e.actor) : userOrGhost(ctx, e.actor),
    event: e.event,
    commit_id: e.commitId ?? null,
    commit_url: e.commitId === undefined ? null : `${base}/commits/${e.commitId}`,
    created_at: iso(e.at),
    performed_via_github_app: null,
  };
}

function eventDetails(
  ctx: GithubContext,
  repo: GithubRepository,
  e: IssueEvent,
  timeline = false,
): Record<string, unknown> {
  switch (e.event) {
    case 'labeled': {
      const label = ctx.world.github.labels.get(`${repo.fullName}/labels/${e.label}`);
      return { label: { name: e.label ?? '', color: label?.color ?? 'ededed' } };
    }
    case 'assigned':
      // The timeline's assigned event names no assigner.
      return timeline
        ? { assignee: userOrGhost(ctx, e.subject ?? null) }
        : { assignee: userOrGhost(ctx, e.subject ?? null), assigner: userOrGhost(ctx, e.actor) };
    case 'milestoned': {
      const m = ctx.world.github.milestones.get(`${repo.fullName}/milestones/${e.item.milestone}`);
      return { milestone: { title: m?.title ?? '' } };
    }
    case 'review_requested':
      return { review_requester: userOrGhost(ctx, e.actor), requested_reviewer: userOrGhost(ctx, e.subject ?? null) };
    default:
      return {};
  }
}

/** `issue-event` (`/issues/events`): with the issue it belongs to. */
export function issueEventJson(ctx: GithubContext, repo: GithubRepository, e: IssueEvent): Record<string, unknown> {
  return {
    ...eventBase(ctx, repo, e, true),
    ...eventDetails(ctx, repo, e),
    issue: issueJson(ctx, repo, e.item),
    author_association: associationOf(ctx, repo, e.actor),
  };
}

/** Every issue event of a repository, newest first (as GitHub lists them). */
export function repoIssueEvents(ctx: GithubContext, repo: GithubRepository): IssueEvent[] {
  const now = ctx.world.clock.now();
  return ctx.world.github
    .issuesAndPullsOf(repo.fullName)
    .flatMap(eventsOf)
    .filter((e) => e.at <= now)
    .sort((a, b) => b.at - a.at || b.id - a.id);
}

interface TimelineEntry {
  readonly at: number;
  readonly order: number;
  readonly json: Record<string, unknown>;
}

/** The timeline of an issue or pull request (`timeline-issue-events`), oldest first. */
export function timelineOf(ctx: GithubContext, repo: GithubRepository, item: IssueLike): Record<string, unknown>[] {
  const entries: TimelineEntry[] = eventsOf(item).map((e) => ({
    at: e.at,
    order: e.id,
    json: { ...eventBase(ctx, repo, e, false), ...eventDetails(ctx, repo, e, true) },
  }));
  for (const c of commentsOf(ctx.world, item)) {
    const json = issueCommentJson(ctx, repo, c);
    entries.push({
      at: c.createdAt,
      order: c.id,
      json: {
        ...json,
        event: 'commented',
        actor: userOrGhost(ctx, c.author),
        user: userOrGhost(ctx, c.author),
        author_association: json.author_association,
      },
    });
  }
  if (item.kind === 'pull') {
    for (const sha of item.commits) {
      const commit = ctx.world.github.commits.get(`${repo.fullName}/commits/${sha}`);
      if (commit === undefined) continue;
      const c = commitJson(ctx, repo, commit);
      const inner = c.commit as Record<string, unknown>;
      const html = `${ctx.web}/${repo.fullName}/commit/${sha}`;
      entries.push({
        at: commit.committedAt,
        order: hashString(sha),
        json: {
          event: 'committed',
          sha,
          node_id: c.node_id,
          url: `${repoUrl(ctx, repo)}/git/commits/${sha}`,
          html_url: html,
          author: inner.author,
          committer: inner.committer,
          message: commit.message,
          tree: inner.tree,
          parents: c.parents,
          verification: inner.verification,
        },
      });
    }
    for (const review of ctx.world.github.reviews.group(`${repo.fullName}#${item.number}`)) {
      if (review.submittedAt === null) continue;
      const r = reviewJson(ctx, repo, review);
      entries.push({
        at: review.submittedAt,
        order: review.id,
        json: { ...r, event: 'reviewed', user: userOrGhost(ctx, review.author), commit_id: review.commitSha },
      });
    }
  }
  const now = ctx.world.clock.now();
  return entries
    .filter((e) => e.at <= now)
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((e) => e.json);
}
