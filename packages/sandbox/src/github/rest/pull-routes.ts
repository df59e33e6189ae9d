import type { GithubCommit, GithubPullRequest, GithubRepository } from '../../world/index.js';
import { commitDetailJson, commitJson, diffEntries } from './commit-json.js';
import { GithubError, notFound } from './github-error.js';
import { choice, pagedList, sortBy, timeParam } from './paginate.js';
import { pullFull, pullSimple, reviewCommentJson, reviewJson } from './pull-json.js';
import { emptyRepositoryError, intParam, isEmptyRepository, repoOf } from './repo-of.js';
import { ok, type RestRequest, type RestRoute } from './rest-route.js';

/** GitHub lists at most this many commits of one pull request. */
export const PULL_COMMITS_CAP = 250;

function pullOf(req: RestRequest): { repo: GithubRepository; pr: GithubPullRequest } {
  const repo = repoOf(req);
  const pr = req.ctx.world.github.pullRequests.get(`${repo.fullName}#${intParam(req, 'pull_number')}`);
  if (pr === undefined) throw notFound();
  return { repo, pr };
}

/** The commits reachable from `sha` (first parents and merged branches), newest first by commit date. */
function history(req: RestRequest, repo: GithubRepository, sha: string): GithubCommit[] {
  const gh = req.ctx.world.github;
  const seen = new Set<string>();
  const out: GithubCommit[] = [];
  const stack = [sha];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const commit = gh.commits.get(`${repo.fullName}/commits/${next}`);
    if (commit === undefined) continue;
    out.push(commit);
    stack.push(...commit.parents);
  }
  return out.sort((a, b) => b.committedAt - a.committedAt || (a.sha < b.sha ? -1 : 1));
}

/** The commit a `sha` parameter or `{ref}` names: a branch, a tag or a (full or abbreviated) sha. */
function resolveRef(req: RestRequest, repo: GithubRepository, ref: string): GithubCommit | undefined {
  const gh = req.ctx.world.github;
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  const sha =
    gh.branches.get(`${repo.fullName}/branches/${name}`)?.sha ?? gh.tags.get(`${repo.fullName}/tags/${name}`)?.sha;
  if (sha !== undefined) return gh.commits.get(`${repo.fullName}/commits/${sha}`);
  if (!/^[0-9a-f]{4,40}$/.test(ref)) return undefined;
  const exact = gh.commits.get(`${repo.fullName}/commits/${ref}`);
  return exact ?? gh.commits.group(repo.fullName).find((c) => c.sha.startsWith(ref));
}

/** Pull requests, their reviews, commits, files and review comments; commits of a repository. */
export const PULL_ROUTES: readonly RestRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls',
    handle(req) {
      const repo = repoOf(req);
      const state = choice(req, 'state', ['open', 'closed', 'all'], 'open', 'PullRequest');
      const sort = choice(req, 'sort', ['created', 'updated', 'popularity', 'long-running'], 'created', 'PullRequest');
      const direction = choice(req, 'direction', ['asc', 'desc'], 'desc', 'PullRequest');
      const head = req.query.get('head');
      const base = req.query.get('base');
      const pulls = req.ctx.world.github.pullRequests
        .group(repo.fullName)
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => head === null || `${repo.owner}:${p.headRef}` === head || p.headRef === head)
        .filter((p) => base === null || p.baseRef === base);
      const key =
        sort === 'updated'
          ? (p: GithubPullRequest) => p.updatedAt
          : sort === 'popularity'
            ? (p: GithubPullRequest) => p.comments
            : sort === 'long-running'
              ? (p: GithubPullRequest) => -p.createdAt
              : (p: GithubPullRequest) => p.createdAt;
      return pagedList(
        req,
        sortBy([...pulls], key, direction, (p) => p.number),
        (p) => pullSimple(req.ctx, repo, p),
      );
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handle(req) {
      const { repo, pr } = pullOf(req);
      return ok(pullFull(req.ctx, repo, pr));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    handle(req) {
      const { repo, pr } = pullOf(req);
      const reviews = req.ctx.world.github.reviews.group(`${repo.fullName}#${pr.number}`);
      return pagedList(req, reviews, (r) => reviewJson(req.ctx, repo, r));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
    handle(req) {
      const { repo, pr } = pullOf(req);
      const commits = pr.commits
        .slice(0, PULL_COMMITS_CAP)
        .flatMap((sha) => req.ctx.world.github.commits.get(`${repo.fullName}/commits/${sha}`) ?? []);
      return pagedList(req, commits, (c) => commitJson(req.ctx, repo, c));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    handle(req) {
      const { repo, pr } = pullOf(req);
      const files = diffEntries(req.ctx, repo, pr.headSha, `${repo.fullName}#${pr.number}`, pr);
      return pagedList(req, files, (f) => f);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
    handle(req) {
      const { repo, pr } = pullOf(req);
      const since = timeParam(req, 'since', 'PullRequestReviewComment');
      const comments = req.ctx.world.github.reviewComments
        .group(`${repo.fullName}#${pr.number}`)
        .filter((c) => since === undefined || c.updatedAt >= since);
      return pagedList(req, comments, (c) => reviewCommentJson(req.ctx, repo, c));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/comments',
    handle(req) {
      const repo = repoOf(req);
      const sort = choice(req, 'sort', ['created', 'updated'], 'created', 'PullRequestReviewComment');
      const direction = choice(req, 'direction', ['asc', 'desc'], 'asc', 'PullRequestReviewComment');
      const since = timeParam(req, 'since', 'PullRequestReviewComment');
      const gh = req.ctx.world.github;
      const comments = gh.pullRequests
        .group(repo.fullName)
        .flatMap((p) => gh.reviewComments.group(`${repo.fullName}#${p.number}`))
        .filter((c) => since === undefined || c.updatedAt >= since);
      const key =
        sort === 'updated'
          ? (c: (typeof comments)[number]) => c.updatedAt
          : (c: (typeof comments)[number]) => c.createdAt;
      return pagedList(
        req,
        sortBy(comments, key, direction, (c) => c.id),
        (c) => reviewCommentJson(req.ctx, repo, c),
      );
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits',
    handle(req) {
      const repo = repoOf(req);
      if (isEmptyRepository(req, repo)) throw emptyRepositoryError();
      const ref = req.query.get('sha') ?? repo.defaultBranch;
      const start = resolveRef(req, repo, ref);
      if (start === undefined) throw new GithubError(404, 'No commit found for SHA: ' + ref);
      const since = timeParam(req, 'since', 'Commit');
      const until = timeParam(req, 'until', 'Commit');
      const author = req.query.get('author');
      const committer = req.query.get('committer');
      const commits = history(req, repo, start.sha).filter(
        (c) =>
          (since === undefined || c.committedAt >= since) &&
          (until === undefined || c.committedAt <= until) &&
          (author === null || c.authorLogin === author || c.authorEmail === author) &&
          (committer === null || c.committerLogin === committer || c.committerEmail === committer),
      );
      return pagedList(req, commits, (c) => commitJson(req.ctx, repo, c));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}',
    handle(req) {
      const repo = repoOf(req);
      if (isEmptyRepository(req, repo)) throw emptyRepositoryError();
      const ref = req.params.ref ?? '';
      const commit = resolveRef(req, repo, ref);
      if (commit === undefined) {
        throw new GithubError(
          422,
          `No commit found for SHA: ${ref}`,
          'https://docs.github.com/rest/commits/commits#get-a-commit',
          [{ resource: 'Commit', field: 'sha', code: 'invalid' }],
        );
      }
      return ok(commitDetailJson(req.ctx, repo, commit));
    },
  },
];
