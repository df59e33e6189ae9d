import type { ReadContext, SliceContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { ascendingSince } from '../streams/ascending-read.js';
import { type GithubRecord, lowerBound, pageSizeOf } from '../streams/github-context.js';
import { type RepoSlice, RepoStream } from '../streams/repo-stream.js';
import {
  type GqlConnection,
  type GqlPullRequest,
  pullRequestConnection,
  pullRequestPages,
} from './pull-request-pages.js';
import { RepoBatch } from './repo-batch.js';

/**
 * Repositories per batched first-page query. GitHub's GraphQL resource limits (docs: "Rate limits and
 * node limits for the GraphQL API") refuse a call of over 500,000 nodes, counted as each connection's
 * `first` times that of every connection above it: a repository's first page is `first` pull requests
 * plus `nestedFirst` reviews or commits per pull request, `first × (1 + nestedFirst)` nodes (10,100 at
 * 100 × 100). Batches stay under half the limit and at most 25 repositories (the other batched
 * streams' size): 24 for pages of 100 with 100 nested items (242,400 nodes), 25 for
 * `pull_request_stats` (2,500). The point cost counts the connection pages a query may need (÷ 100):
 * 24 × 101 pages ≈ 24 points, what the 24 per-repository queries cost (1 point each, the minimum), so
 * batching saves calls without spending more of the hourly budget.
 */
export function repositoriesPerQuery(first: number, nestedFirst: number): number {
  const nodesPerRepository = first * (1 + nestedFirst);
  return Math.max(1, Math.min(25, Math.floor(250_000 / nodesPerRepository)));
}

/** A repository slice with the batch its first page of pull requests comes with (none: skipped by the probe). */
interface PullRequestSlice extends RepoSlice {
  readonly batch?: RepoBatch;
  /** The order of the batched first page: it must be the one `readRepo` starts with. */
  readonly direction?: 'ASC' | 'DESC';
}

/**
 * A stream of per-pull-request data read through GraphQL with the pull requests themselves (stats,
 * reviews, commits): pull requests come oldest-updated first (or, incrementally, the newest down to
 * the cursor, replayed oldest first), so only pull requests updated since the cursor are read. The
 * first page of every repository to read comes in one query per batch of repositories (aliases);
 * repositories the change probe shows unchanged are left out of the batches (they are not read).
 */
export abstract class PullRequestGraphqlStream extends RepoStream {
  /** GraphQL fields selected on each pull request besides `id number updatedAt`. */
  protected abstract readonly pullRequestFields: string;
  /** The `first` of the nested connection in {@link pullRequestFields} (0 when it has none). */
  protected readonly nestedFirst: number = 0;

  // Only pull requests updated since the cursor are read, and a review, a push or a comment moves the
  // pull request's updatedAt: the newest updatedAt covers them (full refresh never consults it).
  protected override changeKindOf(): ChangeKind {
    return 'pulls';
  }

  /** The records of one pull request. */
  protected abstract recordsOf(pr: GqlPullRequest, repo: SelectedRepository): AsyncIterable<GithubRecord>;

  override async *slices(ctx: SliceContext<GithubConfig>): AsyncIterable<RepoSlice> {
    const { repositories } = await this.gh.resolver.resolve();
    const first = pageSizeOf(ctx.config);
    const size = repositoriesPerQuery(first, this.nestedFirst);
    // The same decision `read` makes (same probe answer, same saved memo): only repositories it reads join a batch.
    const toRead: SelectedRepository[] = [];
    for (const repo of repositories) {
      if (!(await this.probeOf(ctx, repo, ctx.savedMemoOf(repo.fullName))).unchanged) toRead.push(repo);
    }
    const directionOf = (repo: SelectedRepository) =>
      this.sinceOf(ctx.savedCursor(repo.fullName), ctx.config) === undefined ? 'ASC' : 'DESC';
    const batchOf = new Map<string, RepoBatch>();
    for (let start = 0; start < toRead.length; start += size) {
      const group = toRead.slice(start, start + size);
      const batch = new RepoBatch(this.gh.octokit, group, (repo) =>
        pullRequestConnection(this.pullRequestFields, directionOf(repo), first),
      );
      for (const repo of group) batchOf.set(repo.fullName, batch);
    }
    for (const repo of repositories) {
      const batch = batchOf.get(repo.fullName);
      const slice: PullRequestSlice = { key: repo.fullName, repo, batch, direction: directionOf(repo) };
      yield slice;
    }
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const first = pageSizeOf(ctx.config);
    const { batch, direction: batched } = ctx.slice as PullRequestSlice;
    const pages = (direction: 'ASC' | 'DESC') => {
      // The batch's page is handed out once, to the listing in the order it was asked in.
      const take =
        batch && direction === batched
          ? () => batch.take(repo) as Promise<GqlConnection<GqlPullRequest> | null>
          : undefined;
      return pullRequestPages(this.gh.octokit, repo, this.pullRequestFields, direction, first, take);
    };
    const listing = {
      ascending: () => pages('ASC'),
      descending: () => pages('DESC'),
      cursorOf: (pr: GithubRecord) => String(pr.updatedAt),
    };
    const since = this.sinceOf(ctx.bookmark, ctx.config);
    for await (const pr of ascendingSince(listing, since)) yield* this.recordsOf(pr as GqlPullRequest, repo);
  }

  /** Where an incremental read starts (undefined: from the oldest, ascending). */
  private sinceOf(bookmark: unknown, config: GithubConfig): string | undefined {
    return this.cursorField ? lowerBound(bookmark, config) : undefined;
  }

  /** The REST URL of a pull request, as Airbyte's records carry it. */
  protected pullUrl(repo: SelectedRepository, number: number): string {
    return `${this.gh.apiUrl}/repos/${repo.fullName}/pulls/${number}`;
  }
}
