import { type JsonSchema, type ReadContext, Stream, type StreamSlice, valueAt } from '@faros-ce/sdk';
import { isForbidden, isMissing, statusOf } from '../client/request-status.js';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { schemaOf } from '../schemas/stream-schemas.js';
import type { GithubContext, GithubRecord } from './github-context.js';

/** One repository: its own cursor in the stream's state, under `owner/name` (Airbyte's partition key). */
export interface RepoSlice extends StreamSlice {
  readonly key: string;
  readonly repo: SelectedRepository;
}

/**
 * A stream read repository by repository. A repository that vanished (404/410) or is empty (409) is
 * reported and skipped; an endpoint the credentials may not use (403, e.g. Actions disabled) degrades
 * this stream for that repository with a warning. Rate limits never reach here: the client waits.
 */
export abstract class RepoStream extends Stream<GithubConfig, RepoSlice> {
  constructor(protected readonly gh: GithubContext) {
    super();
  }

  override get jsonSchema(): JsonSchema {
    return schemaOf(this.name);
  }

  override async *slices(): AsyncIterable<RepoSlice> {
    const { repositories } = await this.gh.resolver.resolve();
    for (const repo of repositories) yield { key: repo.fullName, repo };
  }

  async *read(ctx: ReadContext<GithubConfig, RepoSlice>): AsyncIterable<GithubRecord> {
    const { repo } = ctx.slice;
    // An unsorted stream saves its cursor only when a repository is done, so every record at or before
    // the saved cursor was emitted then: skipping them keeps re-syncs from repeating the boundary.
    const after = this.cursorField && !this.sortedByCursor ? ctx.bookmark : undefined;
    try {
      for await (const record of this.readRepo(ctx, repo)) {
        if (
          after !== undefined &&
          after !== null &&
          this.compareCursor(valueAt(record, this.cursorField ?? []), after) <= 0
        ) {
          continue;
        }
        yield record;
      }
    } catch (error) {
      if (isMissing(error)) {
        ctx.logger.warn(`${this.name}: skipping ${repo.fullName}: ${answerOf(error)}`);
        return;
      }
      if (isForbidden(error)) {
        ctx.logger.warn(
          `${this.name}: no access for ${repo.fullName} (${answerOf(error)}); this stream skips the repository`,
        );
        return;
      }
      throw error;
    }
  }

  /** The records of one repository. */
  protected abstract readRepo(
    ctx: ReadContext<GithubConfig, RepoSlice>,
    repo: SelectedRepository,
  ): AsyncIterable<GithubRecord>;
}

/** What GitHub answered, for a warning: the status when there is one, and the message. */
export function answerOf(error: unknown): string {
  const message = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
  const status = statusOf(error);
  return status === undefined ? message : `GitHub answered ${status}: ${message}`;
}
