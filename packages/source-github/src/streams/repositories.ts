import { type JsonSchema, type ReadContext, Stream, type StreamSlice } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { schemaOf } from '../schemas/stream-schemas.js';
import { type GithubContext, type GithubRecord, lowerBound } from './github-context.js';

/** The selected repositories of one owner. */
interface OwnerSlice extends StreamSlice {
  readonly key: string;
  readonly repos: readonly SelectedRepository[];
}

/**
 * `repositories`: the selected repositories, as GitHub listed them when the patterns were expanded (no
 * further call), per owner, incremental on `updated_at` (the cursor moves when an owner is done).
 */
export class RepositoriesStream extends Stream<GithubConfig, OwnerSlice> {
  readonly name = 'repositories';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];

  constructor(private readonly gh: GithubContext) {
    super();
  }

  override get jsonSchema(): JsonSchema {
    return schemaOf(this.name);
  }

  override async *slices(): AsyncIterable<OwnerSlice> {
    const byOwner = new Map<string, SelectedRepository[]>();
    for (const repo of (await this.gh.resolver.resolve()).repositories) {
      byOwner.set(repo.owner, [...(byOwner.get(repo.owner) ?? []), repo]);
    }
    for (const [owner, repos] of byOwner) yield { key: owner, repos };
  }

  async *read(ctx: ReadContext<GithubConfig, OwnerSlice>): AsyncIterable<GithubRecord> {
    const since = lowerBound(ctx.bookmark, ctx.config);
    for (const repo of ctx.slice.repos) {
      if (since !== undefined && Date.parse(String(repo.raw.updated_at)) < Date.parse(since)) continue;
      // The cursor is saved when an owner is done: what sits at it was emitted then.
      if (typeof ctx.bookmark === 'string' && this.compareCursor(repo.raw.updated_at, ctx.bookmark) <= 0) continue;
      yield { ...repo.raw, organization: repo.owner };
    }
  }
}
