import { type GithubCommit, type GithubRepository, githubNodeId } from '../../../world/index.js';
import { hashString } from '../../../world/random.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList } from '../connection.js';
import { plainUserObject } from './account-object.js';
import { avatarUrl, type GqlObject, type GraphqlScope, html, iso } from './graphql-scope.js';
import { type PullRequestListArgs, pullRequestConnection } from './pull-request-object.js';
import { repositoryObject } from './repository-object.js';

/** The commit `sha` of `repo`, if the world has it. */
export function findCommit(scope: GraphqlScope, repo: string, sha: string): GithubCommit | undefined {
  return scope.world.github.commits.get(`${repo}/commits/${sha}`);
}

/** The node id of a commit: the one the REST simulator gives as `node_id`. */
export function commitNodeId(repo: GithubRepository, sha: string): string {
  return githubNodeId('Commit', hashString(`${repo.fullName}:${sha}`));
}

/** The commit `sha` of `repo` as a `Commit`, or undefined when the world has no such commit. */
export function commitObject(scope: GraphqlScope, repo: GithubRepository, sha: string): GqlObject | undefined {
  const commit = findCommit(scope, repo.fullName, sha);
  if (!commit) return undefined;
  const path = `/${repo.fullName}/commit/${sha}`;
  const [headline = '', ...rest] = commit.message.split('\n');
  const body = rest.join('\n').replace(/^\n+/, '');
  return {
    __typename: 'Commit',
    id: commitNodeId(repo, sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    message: commit.message,
    messageHeadline: headline,
    messageHeadlineHTML: html(headline),
    messageBody: body,
    messageBodyHTML: html(body),
    authoredDate: iso(commit.authoredAt),
    committedDate: iso(commit.committedAt),
    pushedDate: null,
    additions: commit.additions,
    deletions: commit.deletions,
    changedFiles: commit.changedFiles,
    changedFilesIfAvailable: commit.changedFiles,
    author: gitActor(scope, commit.authorName, commit.authorEmail, commit.authoredAt, commit.authorLogin),
    committer: gitActor(scope, commit.committerName, commit.committerEmail, commit.committedAt, commit.committerLogin),
    authoredByCommitter: commit.authorEmail === commit.committerEmail,
    committedViaWeb: false,
    url: `${scope.web}${path}`,
    resourcePath: path,
    commitUrl: `${scope.web}${path}`,
    commitResourcePath: path,
    treeUrl: `${scope.web}/${repo.fullName}/tree/${sha}`,
    treeResourcePath: `/${repo.fullName}/tree/${sha}`,
    tarballUrl: `${scope.web}/${repo.fullName}/tarball/${sha}`,
    zipballUrl: `${scope.web}/${repo.fullName}/zipball/${sha}`,
    signature: null,
    status: null,
    statusCheckRollup: null,
    onBehalfOf: null,
    repository: () => repositoryObject(scope, repo),
    parents: (args: ConnectionArgs) =>
      paginateList(commit.parents, args, (parent) => commitObject(scope, repo, parent) ?? null),
    history: (args: HistoryArgs) => historyConnection(scope, repo, commit, args),
    associatedPullRequests: (args: PullRequestListArgs) =>
      pullRequestConnection(
        scope,
        scope.world.github.pullRequests
          .group(repo.fullName)
          .filter((p) => p.mergeCommitSha === sha || p.commits.includes(sha)),
        args,
      ),
  };
}

function gitActor(scope: GraphqlScope, name: string, email: string, at: number, login: string | null): GqlObject {
  const user = login === null ? undefined : scope.world.github.users.get(login);
  return {
    __typename: 'GitActor',
    name,
    email,
    date: iso(at),
    avatarUrl: user ? avatarUrl(scope, user.id) : `${scope.web}/avatars/u/e?email=${encodeURIComponent(email)}`,
    user: () => plainUserObject(scope, login),
  };
}

/** Arguments of `Commit.history`. `path` is not modelled (the world has no trees) and is ignored. */
export interface HistoryArgs extends ConnectionArgs {
  readonly since?: string | null;
  readonly until?: string | null;
  readonly author?: { readonly id?: string | null; readonly emails?: readonly string[] | null } | null;
}

/**
 * The commits reachable from `head` (itself included), newest commit date first as `git log`
 * lists them, filtered by `since`/`until` (commit date) and author.
 */
function historyConnection(
  scope: GraphqlScope,
  repo: GithubRepository,
  head: GithubCommit,
  args: HistoryArgs,
): ConnectionObject {
  const since = args.since ? Date.parse(args.since) : Number.NEGATIVE_INFINITY;
  const until = args.until ? Date.parse(args.until) : Number.POSITIVE_INFINITY;
  const emails = args.author?.emails ?? null;
  const authorId = args.author?.id ?? null;
  const commits = ancestry(scope, repo.fullName, head).filter((c) => {
    if (c.committedAt < since || c.committedAt > until) return false;
    if (emails && !emails.includes(c.authorEmail)) return false;
    if (authorId) {
      const user = c.authorLogin === null ? undefined : scope.world.github.users.get(c.authorLogin);
      if (!user || githubNodeId('User', user.id) !== authorId) return false;
    }
    return true;
  });
  return paginate(commits, args, { key: (c) => [c.committedAt, c.sha], descending: true }, (c) =>
    commitObject(scope, repo, c.sha),
  );
}

const MAX_CACHED_HISTORIES = 256;

/** Every commit reachable from `head`, by commit date then sha, newest first (cached: a sha's past is fixed). */
function ancestry(scope: GraphqlScope, repo: string, head: GithubCommit): GithubCommit[] {
  const cacheKey = `${repo}@${head.sha}`;
  const cached = scope.histories.get(cacheKey);
  if (cached) return cached.flatMap((sha) => findCommit(scope, repo, sha) ?? []);
  const seen = new Set<string>([head.sha]);
  const stack = [head];
  const out: GithubCommit[] = [];
  for (let commit = stack.pop(); commit; commit = stack.pop()) {
    out.push(commit);
    for (const parent of commit.parents) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      const found = findCommit(scope, repo, parent);
      if (found) stack.push(found);
    }
  }
  out.sort((a, b) => b.committedAt - a.committedAt || (a.sha < b.sha ? 1 : a.sha > b.sha ? -1 : 0));
  if (scope.histories.size >= MAX_CACHED_HISTORIES) {
    const oldest = scope.histories.keys().next().value;
    if (oldest !== undefined) scope.histories.delete(oldest);
  }
  scope.histories.set(
    cacheKey,
    out.map((c) => c.sha),
  );
  return out;
}
