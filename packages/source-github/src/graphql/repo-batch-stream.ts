import type { ReadContext, SliceContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { SharedPage } from '../probe/change-probe.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubRecord, pageSizeOf } from '../streams/github-context.js';
import { type RepoSlice, RepoStream } from '../streams/repo-stream.js';
import { type GqlPage, nextPage, RepoBatch } from './repo-batch.js';

/**
 * Repositories per batched query. Each asks one connection of up to 100 items: 25 repositories are
 * 2,500 nodes and about 1 point of GitHub's GraphQL budget, far under its 500,000-node limit.
 */
export const REPOSITORIES_PER_QUERY = 25;

/** A repository slice with its first page: taken from the change probe (`shared`), or to come with `batch`. */
interface BatchedRepoSlice extends RepoSlice {
  readonly batch?: RepoBatch;
  readonly shared?: SharedPage;
}

/**
 * A full-refresh stream of one connection per repository (assignees, collaborators, tags) read through
 * GraphQL for {@link REPOSITORIES_PER_QUERY} repositories per call, then one call per further page of
 * a repository that has more. Once {@link shareFirstPages} is called, first pages come with the change
 * probe's query when the probe could carry them (one call for the probe and every such stream). Slices
 * (and so state) stay per repository; a missing or forbidden repository is skipped with the same warning
 * as a REST 404/403.
 */
export abstract class RepoBatchStream extends RepoStream {
  /** The repository's connection field (e.g. `refs`). */
  protected abstract readonly connectionName: string;
  /** Its arguments besides `first` and `after` (e.g. `refPrefix: "refs/tags/"`), or empty. */
  protected readonly connectionArgs: string = '';
  /** What to select on each page besides `pageInfo` (e.g. `nodes { login }`). */
  protected abstract readonly pageSelection: string;

  /** The records of one page of a repository's connection. */
  protected abstract recordsOf(page: GqlPage, repo: SelectedRepository): GithubRecord[];

  /**
   * Lets the change probe's query carry this stream's first pages (see `ChangeProbe.share`): call once
   * the stream is built, before the read.
   */
  shareFirstPages(): this {
    this.gh.changes.share(this.name, this.connection(undefined));
    return this;
  }

  override async *slices(ctx?: SliceContext<GithubConfig>): AsyncIterable<RepoSlice> {
    const { repositories } = await this.gh.resolver.resolve();
    const selected = ctx?.selectedStreams ?? new Set([this.name]);
    const connection = this.connection(undefined);
    for (let start = 0; start < repositories.length; start += REPOSITORIES_PER_QUERY) {
      const group = repositories.slice(start, start + REPOSITORIES_PER_QUERY);
      // First pages the probe brought are taken; the rest of the group shares one query of its own.
      const shared = new Map<string, SharedPage>();
      for (const repo of group) {
        const page = await this.gh.changes.takePage(repo, this.name, selected);
        if (page !== undefined) shared.set(repo.fullName, page);
      }
      const rest = group.filter((repo) => !shared.has(repo.fullName));
      const batch = rest.length > 0 ? new RepoBatch(this.gh.octokit, rest, connection) : undefined;
      for (const repo of group) {
        const page = shared.get(repo.fullName);
        const slice: BatchedRepoSlice =
          page !== undefined ? { key: repo.fullName, repo, shared: page } : { key: repo.fullName, repo, batch };
        yield slice;
      }
    }
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const slice = ctx.slice as BatchedRepoSlice;
    let page = slice.batch ? await slice.batch.take(repo) : pageOf(slice.shared ?? null);
    while (page) {
      yield* this.recordsOf(page, repo);
      const { hasNextPage, endCursor } = page.pageInfo;
      if (!hasNextPage || !endCursor) return;
      page = await nextPage(this.gh.octokit, repo, this.connection('$after'), endCursor);
    }
  }

  private connection(after: string | undefined): string {
    const args = [`first: ${pageSizeOf(this.gh.config)}`, after ? `after: ${after}` : '', this.connectionArgs];
    const list = args.filter((a) => a !== '').join(', ');
    return `${this.connectionName}(${list}) { pageInfo { hasNextPage endCursor } ${this.pageSelection} }`;
  }
}

/** A shared page as the read uses it: the page or null, or its part's error thrown. */
function pageOf(shared: SharedPage): GqlPage | null {
  if (shared instanceof Error) throw shared;
  return shared;
}
