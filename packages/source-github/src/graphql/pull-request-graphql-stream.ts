import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { ascendingSince } from '../streams/ascending-read.js';
import { type GithubRecord, lowerBound, pageSizeOf } from '../streams/github-context.js';
import { type RepoSlice, RepoStream } from '../streams/repo-stream.js';
import { type GqlPullRequest, pullRequestPages } from './pull-request-pages.js';

/**
 * A stream of per-pull-request data read through GraphQL with the pull requests themselves (stats,
 * reviews, commits): pull requests come oldest-updated first (or, incrementally, the newest down to
 * the cursor, replayed oldest first), so only pull requests updated since the cursor are read.
 */
export abstract class PullRequestGraphqlStream extends RepoStream {
  /** GraphQL fields selected on each pull request besides `id number updatedAt`. */
  protected abstract readonly pullRequestFields: string;

  // Only pull requests updated since the cursor are read, and a review, a push or a comment moves the
  // pull request's updatedAt: the newest updatedAt covers them (full refresh never consults it).
  protected override changeKindOf(): ChangeKind {
    return 'pulls';
  }

  /** The records of one pull request. */
  protected abstract recordsOf(pr: GqlPullRequest, repo: SelectedRepository): AsyncIterable<GithubRecord>;

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const first = pageSizeOf(ctx.config);
    const pages = (direction: 'ASC' | 'DESC') =>
      pullRequestPages(this.gh.octokit, repo, this.pullRequestFields, direction, first);
    const listing = {
      ascending: () => pages('ASC'),
      descending: () => pages('DESC'),
      cursorOf: (pr: GithubRecord) => String(pr.updatedAt),
    };
    const since = this.cursorField ? lowerBound(ctx.bookmark, ctx.config) : undefined;
    for await (const pr of ascendingSince(listing, since)) yield* this.recordsOf(pr as GqlPullRequest, repo);
  }

  /** The REST URL of a pull request, as Airbyte's records carry it. */
  protected pullUrl(repo: SelectedRepository, number: number): string {
    return `${this.gh.apiUrl}/repos/${repo.fullName}/pulls/${number}`;
  }
}
