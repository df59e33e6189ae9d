import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { ascendingSince } from './ascending-read.js';
import { type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { restPages } from './rest-items.js';

/**
 * `pull_requests`: every state, incremental on `updated_at`. GitHub's pulls list has no `since` but
 * sorts by `updated` both ways: a first sync reads oldest first; later syncs read the newest pages
 * down to the cursor and replay them oldest first. Either way records leave in ascending order, so the
 * runtime checkpoints inside a repository. Like Airbyte's, `head.repo`/`base.repo` become `repo_id`.
 */
export class PullRequestsStream extends RepoStream {
  readonly name = 'pull_requests';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];
  override readonly sortedByCursor = true;

  // Every change to a pull request (commits, reviews, comments, labels, merge, close) moves its updated_at.
  protected override changeKindOf(): ChangeKind {
    return 'pulls';
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const pages = (direction: 'asc' | 'desc') =>
      restPages(this.gh.octokit, 'GET /repos/{owner}/{repo}/pulls', {
        owner: repo.owner,
        repo: repo.name,
        state: 'all',
        sort: 'updated',
        direction,
        per_page: pageSizeOf(ctx.config),
      });
    const listing = {
      ascending: () => pages('asc'),
      descending: () => pages('desc'),
      cursorOf: (item: GithubRecord) => String(item.updated_at),
    };
    for await (const item of ascendingSince(listing, lowerBound(ctx.bookmark, ctx.config))) {
      yield { repository: repo.fullName, ...item, head: withRepoId(item.head), base: withRepoId(item.base) };
    }
  }
}

function withRepoId(ref: unknown): unknown {
  if (ref === null || typeof ref !== 'object') return ref;
  const { repo, ...rest } = ref as Record<string, unknown>;
  const id = repo !== null && typeof repo === 'object' ? (repo as { id?: unknown }).id : null;
  return { ...rest, repo_id: typeof id === 'number' ? id : null };
}
