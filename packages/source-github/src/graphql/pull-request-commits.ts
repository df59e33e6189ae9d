import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubRecord } from '../streams/github-context.js';
import { PullRequestGraphqlStream } from './pull-request-graphql-stream.js';
import { type GqlConnection, type GqlPullRequest, restOfConnection } from './pull-request-pages.js';

const GIT_ACTOR = 'name email date user { login databaseId id avatarUrl url }';
const COMMIT_FIELDS = `commit { id oid message url authoredDate committedDate
  author { ${GIT_ACTOR} } committer { ${GIT_ACTOR} } }`;

interface GqlGitActor {
  name: string | null;
  email: string | null;
  date: string | null;
  user: { login: string; databaseId: number | null; id: string; avatarUrl: string | null; url: string | null } | null;
}

interface GqlPullRequestCommit {
  commit: {
    id: string;
    oid: string;
    message: string;
    url: string;
    author: GqlGitActor | null;
    committer: GqlGitActor | null;
  } | null;
}

/**
 * `pull_request_commits`: the commits of every pull request in GitHub's REST `commit` shape, with
 * `repository` and `pull_number` (Airbyte's fields), read with their pull requests through GraphQL.
 * Full refresh, as Airbyte's stream. `parents` is left out: selecting it costs GitHub a connection per
 * commit (about 100 GraphQL points per page of pull requests instead of 1); the `commits` stream has it.
 */
export class PullRequestCommitsStream extends PullRequestGraphqlStream {
  readonly name = 'pull_request_commits';
  override readonly primaryKey = [['sha']];
  protected override readonly nestedFirst = 100;
  protected readonly pullRequestFields =
    `commits(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${COMMIT_FIELDS} } }`;

  protected async *recordsOf(node: GqlPullRequest, repo: SelectedRepository): AsyncIterable<GithubRecord> {
    const first = node.commits as GqlConnection<GqlPullRequestCommit>;
    for await (const item of restOfConnection(this.gh.octokit, node.id, 'commits', COMMIT_FIELDS, first)) {
      if (item.commit) yield this.commitRecord(item.commit, repo, node.number);
    }
  }

  private commitRecord(
    commit: NonNullable<GqlPullRequestCommit['commit']>,
    repo: SelectedRepository,
    pullNumber: number,
  ): GithubRecord {
    const api = `${this.gh.apiUrl}/repos/${repo.fullName}`;
    return {
      repository: repo.fullName,
      pull_number: pullNumber,
      sha: commit.oid,
      node_id: commit.id,
      commit: {
        author: gitIdentity(commit.author),
        committer: gitIdentity(commit.committer),
        message: commit.message,
        url: `${api}/git/commits/${commit.oid}`,
        comment_count: 0,
      },
      url: `${api}/commits/${commit.oid}`,
      html_url: commit.url,
      comments_url: `${api}/commits/${commit.oid}/comments`,
      author: accountOf(commit.author, this.gh.apiUrl),
      committer: accountOf(commit.committer, this.gh.apiUrl),
    };
  }
}

function gitIdentity(actor: GqlGitActor | null): Record<string, unknown> | null {
  return actor ? { name: actor.name, email: actor.email, date: actor.date } : null;
}

function accountOf(actor: GqlGitActor | null, apiUrl: string): Record<string, unknown> | null {
  const user = actor?.user;
  if (!user) return null;
  return {
    login: user.login,
    id: user.databaseId,
    node_id: user.id,
    avatar_url: user.avatarUrl,
    gravatar_id: '',
    url: `${apiUrl}/users/${user.login}`,
    html_url: user.url,
    type: 'User',
    site_admin: false,
  };
}
