import { commentsOf, repoCommentsOf } from './derived-activity.js';
import { notFound } from './github-error.js';
import { issueEventJson, repoIssueEvents, timelineOf } from './issue-events.js';
import { type IssueLike, issueCommentJson, issueJson } from './issue-json.js';
import { choice, pagedList, sortBy, timeParam } from './paginate.js';
import { intParam, repoOf } from './repo-of.js';
import type { RestRequest, RestRoute } from './rest-route.js';

function itemOf(req: RestRequest): { repo: ReturnType<typeof repoOf>; item: IssueLike } {
  const repo = repoOf(req);
  const key = `${repo.fullName}#${intParam(req, 'issue_number')}`;
  const item = req.ctx.world.github.issues.get(key) ?? req.ctx.world.github.pullRequests.get(key);
  if (item === undefined) throw notFound();
  return { repo, item };
}

function matchesFilters(req: RestRequest, item: IssueLike): boolean {
  const milestone = req.query.get('milestone');
  const assignee = req.query.get('assignee');
  const creator = req.query.get('creator');
  const labels = req.query.get('labels');
  if (milestone !== null && milestone !== '*') {
    if (milestone === 'none' ? item.milestone !== null : String(item.milestone) !== milestone) return false;
  }
  if (milestone === '*' && item.milestone === null) return false;
  if (assignee === 'none' && item.assignees.length > 0) return false;
  if (assignee === '*' && item.assignees.length === 0) return false;
  if (assignee !== null && !['none', '*'].includes(assignee) && !item.assignees.includes(assignee)) return false;
  if (creator !== null && item.author !== creator) return false;
  if (labels !== null && labels !== '') {
    const wanted = labels.split(',').map((l) => l.trim());
    if (!wanted.every((l) => item.labels.includes(l))) return false;
  }
  return true;
}

/** Issues (with pull requests), their comments, events and timelines. */
export const ISSUE_ROUTES: readonly RestRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues',
    handle(req) {
      const repo = repoOf(req);
      const state = choice(req, 'state', ['open', 'closed', 'all'], 'open', 'Issue');
      const sort = choice(req, 'sort', ['created', 'updated', 'comments'], 'created', 'Issue');
      const direction = choice(req, 'direction', ['asc', 'desc'], 'desc', 'Issue');
      const since = timeParam(req, 'since', 'Issue');
      const items = req.ctx.world.github
        .issuesAndPullsOf(repo.fullName)
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => since === undefined || i.updatedAt >= since)
        .filter((i) => matchesFilters(req, i));
      const key =
        sort === 'updated'
          ? (i: IssueLike) => i.updatedAt
          : sort === 'comments'
            ? (i: IssueLike) => i.comments
            : (i: IssueLike) => i.createdAt;
      return pagedList(
        req,
        sortBy(items, key, direction, (i) => i.number),
        (i) => issueJson(req.ctx, repo, i),
      );
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/comments',
    handle(req) {
      const repo = repoOf(req);
      const sort = choice(req, 'sort', ['created', 'updated'], 'created', 'IssueComment');
      const direction = choice(req, 'direction', ['asc', 'desc'], 'asc', 'IssueComment');
      const since = timeParam(req, 'since', 'IssueComment');
      const comments = repoCommentsOf(req.ctx.world, repo.fullName).filter(
        (c) => since === undefined || c.createdAt >= since,
      );
      // Comments are never edited here: created and updated order agree.
      void sort;
      return pagedList(
        req,
        sortBy(
          comments,
          (c) => c.createdAt,
          direction,
          (c) => c.id,
        ),
        (c) => issueCommentJson(req.ctx, repo, c),
      );
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/events',
    handle(req) {
      const repo = repoOf(req);
      return pagedList(req, repoIssueEvents(req.ctx, repo), (e) => issueEventJson(req.ctx, repo, e));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handle(req) {
      const { repo, item } = itemOf(req);
      const since = timeParam(req, 'since', 'IssueComment');
      const comments = commentsOf(req.ctx.world, item).filter((c) => since === undefined || c.createdAt >= since);
      return pagedList(req, comments, (c) => issueCommentJson(req.ctx, repo, c));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/timeline',
    handle(req) {
      const { repo, item } = itemOf(req);
      return pagedList(req, timelineOf(req.ctx, repo, item), (e) => e);
    },
  },
];
