import { type ReadContext, valueAt } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { conditionalPages } from './conditional-pages.js';
import { type GithubContext, type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import type { RouteParams } from './rest-items.js';

/** A stream that is one REST list per repository. */
export interface RepoListDefinition {
  readonly name: string;
  /** `GET /repos/{owner}/{repo}/...` */
  readonly route: string;
  readonly primaryKey: readonly (readonly string[])[];
  /** Set for incremental streams. */
  readonly cursorField?: readonly string[];
  /** True when `params` makes GitHub list oldest first by the cursor (then checkpoints happen inside a repository). */
  readonly sortedByCursor?: boolean;
  /** Extra query parameters; `since` is the later of the saved cursor and the start date. */
  readonly params?: (since: string | undefined) => RouteParams;
  /**
   * True when the request is fully determined by `since` (a filter, not a page window): the first
   * page is then asked with `If-None-Match` and the ETag saved with the repository's state, and a 304
   * (free under GitHub's rate limit) means nothing changed since the last complete read.
   */
  readonly conditional?: boolean;
  /** The probe's fingerprint that vouches nothing this list reads changed (see `RepoStream.changeKindOf`). */
  readonly changeKind?: ChangeKind;
  /** Reshapes an item (after `repository` is added). */
  readonly transform?: (item: GithubRecord, repo: SelectedRepository) => GithubRecord;
}

/** A repository's REST list as a stream; records carry `repository: "owner/name"` like Airbyte's. */
export class RepoListStream extends RepoStream {
  readonly name: string;
  override readonly primaryKey: readonly (readonly string[])[];
  override readonly cursorField: readonly string[] | undefined;
  override readonly sortedByCursor: boolean;

  constructor(
    gh: GithubContext,
    private readonly definition: RepoListDefinition,
  ) {
    super(gh);
    this.name = definition.name;
    this.primaryKey = definition.primaryKey;
    this.cursorField = definition.cursorField;
    this.sortedByCursor = definition.sortedByCursor ?? false;
  }

  protected override changeKindOf(): ChangeKind | undefined {
    return this.definition.changeKind;
  }

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const since = this.cursorField ? lowerBound(ctx.bookmark, ctx.config) : undefined;
    const conditional = this.definition.conditional === true && ctx.syncMode === 'incremental';
    const saved = conditional ? conditionalMemoOf(ctx.savedMemo(), since) : undefined;
    // With a saved ETag, ask exactly what it answered (its `since`, not the newer cursor): only the same
    // request can come back 304. A 200 then holds at most the records from that `since` on, and those
    // before the cursor, already emitted, are dropped below.
    const asked = saved === undefined ? since : saved.since;
    const params: RouteParams = {
      owner: repo.owner,
      repo: repo.name,
      per_page: pageSizeOf(ctx.config),
      ...this.definition.params?.(asked),
    };
    const pages = conditionalPages(ctx, this.gh.octokit, this.definition.route, params, {
      enabled: conditional,
      etag: saved?.etag,
      memo: (etag) => ({ etag, since: asked ?? null }),
    });
    for await (const page of pages) {
      for (const item of page) {
        const record = { repository: repo.fullName, ...item };
        if (asked !== since && since !== undefined && this.beforeCursor(record, since)) continue;
        yield this.definition.transform ? this.definition.transform(record, repo) : record;
      }
    }
  }

  /** True when the record's cursor is older than `since` (what a request with `since` would not list). */
  private beforeCursor(record: GithubRecord, since: string): boolean {
    return this.compareCursor(valueAt(record, this.cursorField ?? []), since) < 0;
  }
}

/**
 * The ETag kept in a slice memo with the `since` its request was made with (`{etag, since}`; a memo
 * from before `since` was kept, `{etag}`, was made with the current one). None when that `since` is
 * later than the current one (the start date moved back): that request would miss records.
 */
function conditionalMemoOf(
  memo: unknown,
  current: string | undefined,
): { etag: string; since: string | undefined } | undefined {
  if (memo === null || typeof memo !== 'object') return undefined;
  const { etag, since } = memo as { etag?: unknown; since?: unknown };
  if (typeof etag !== 'string') return undefined;
  if (since === undefined) return { etag, since: current };
  if (since === null) return { etag, since: undefined };
  if (typeof since !== 'string') return undefined;
  if (current === undefined || Date.parse(since) > Date.parse(current)) return undefined;
  return { etag, since };
}
