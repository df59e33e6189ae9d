import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { type GithubContext, type GithubRecord, lowerBound, pageSizeOf } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';
import { type RouteParams, restItems } from './rest-items.js';

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

  protected async *readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord> {
    const since = this.cursorField ? lowerBound(ctx.bookmark, ctx.config) : undefined;
    const params: RouteParams = {
      owner: repo.owner,
      repo: repo.name,
      per_page: pageSizeOf(ctx.config),
      ...this.definition.params?.(since),
    };
    for await (const item of restItems(this.gh.octokit, this.definition.route, params)) {
      const record = { repository: repo.fullName, ...item };
      yield this.definition.transform ? this.definition.transform(record, repo) : record;
    }
  }
}
