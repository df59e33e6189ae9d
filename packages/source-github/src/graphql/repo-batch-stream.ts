import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubRecord, pageSizeOf } from '../streams/github-context.js';
import { type RepoSlice, RepoStream } from '../streams/repo-stream.js';
import { type GqlPage, nextPage, RepoBatch } from './repo-batch.js';

/**
 * Repositories per batched query. Each asks one connection of up to 100 items: 25 repositories are
 * 2,500 nodes and about 1 point of GitHub's GraphQL budget, far under its 500,000-node limit.
 */
export const REPOSITORIES_PER_QUERY = 25;

/** A repository slice that knows the batch its first page comes with. */
interface BatchedRepoSlice extends RepoSlice {
  readonly batch: RepoBatch;
}

/**
 * A full-refresh stream of one connection per repository (assignees, collaborators, tags) read through
 * GraphQL for {@link REPOSITORIES_PER_QUERY} repositories per call, then one call per further page of
 * a repository that has more. Slices (and so state) stay per repository; a missing or forbidden
 * repository is skipped with the same warning as a REST 404/403.
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

  override async *slices(): AsyncIterable<RepoSlice> {
    const { repositories } = await this.gh.resolver.resolve();
    const connection = this.connection(undefined);
    for (let start = 0; start < repositories.length; start += REPOSITORIES_PER_QUERY) {
      const group = repositories.slice(start, start + REPOSITORIES_PER_QUERY);
      const batch = new RepoBatch(this.gh.octokit, group, connection);
      for (const repo of group) yield { key: repo.fullName, repo, batch } satisfies BatchedRepoSlice;
    }
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const { batch } = ctx.slice as BatchedRepoSlice;
    let page = await batch.take(repo);
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
