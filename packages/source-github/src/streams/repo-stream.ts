import { type JsonSchema, type ReadContext, type SliceContext, Stream, type StreamSlice, valueAt } from '@faros-ce/sdk';
import { isForbidden, isMissing, statusOf } from '../client/request-status.js';
import type { GithubConfig } from '../generated/config.js';
import { probeMemoOf, streamPartOf, withProbe } from '../probe/probe-memo.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
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

  override async *slices(_ctx?: SliceContext<GithubConfig>): AsyncIterable<RepoSlice> {
    const { repositories } = await this.gh.resolver.resolve();
    for (const repo of repositories) yield { key: repo.fullName, repo };
  }

  /**
   * The kind of change whose fingerprint (see `ChangeProbe`) vouches that this stream's incremental
   * read of the repository would yield nothing new; undefined (the default) reads every time.
   */
  protected changeKindOf(_config: GithubConfig, _repo: SelectedRepository): ChangeKind | undefined {
    return undefined;
  }

  /**
   * The probe's fingerprint for this stream's read of `repo` (undefined when none vouches for it) and
   * whether the slice's saved memo shows the same, i.e. the read would find nothing new.
   */
  protected async probeOf(
    ctx: SliceContext<GithubConfig>,
    repo: SelectedRepository,
    savedMemo: unknown,
  ): Promise<{ fingerprint: string | undefined; unchanged: boolean }> {
    const kind = ctx.syncMode === 'incremental' ? this.changeKindOf(ctx.config, repo) : undefined;
    const fingerprint =
      kind === undefined ? undefined : await this.gh.changes.fingerprint(repo, kind, ctx.selectedStreams);
    return { fingerprint, unchanged: fingerprint !== undefined && probeMemoOf(savedMemo).probe === fingerprint };
  }

  async *read(ctx: ReadContext<GithubConfig, RepoSlice>): AsyncIterable<GithubRecord> {
    const { repo } = ctx.slice;
    // Taken before reading: a change made during the read leaves a newer fingerprint for next time.
    const { fingerprint, unchanged } = await this.probeOf(ctx, repo, ctx.savedMemo());
    const saved = probeMemoOf(ctx.savedMemo());
    if (unchanged) {
      // Same fingerprint as at the start of the last complete read: nothing this stream reads changed
      // since, so no call, no record, and the slice keeps its state and memo.
      ctx.logger.debug(`${this.name}: ${repo.fullName} unchanged (${fingerprint}); not read`);
      return;
    }
    // The stream sees and sets only its own part of the memo; the fingerprint is added when the read completes.
    let own: unknown = streamPartOf(saved);
    const streamCtx: ReadContext<GithubConfig, RepoSlice> = {
      ...ctx,
      savedMemo: () => streamPartOf(saved),
      setMemo: (value) => {
        own = value;
      },
    };
    // An unsorted stream saves its cursor only when a repository is done, so every record at or before
    // the saved cursor was emitted then: skipping them keeps re-syncs from repeating the boundary.
    const after = this.cursorField && !this.sortedByCursor ? ctx.bookmark : undefined;
    try {
      for await (const record of this.readRepo(streamCtx, repo)) {
        if (
          after !== undefined &&
          after !== null &&
          this.compareCursor(valueAt(record, this.cursorField ?? []), after) <= 0
        ) {
          continue;
        }
        yield record;
      }
      ctx.setMemo(withProbe(own, fingerprint));
    } catch (error) {
      // An empty repository (409) has nothing to read, and its first content moves the fingerprint; any
      // other refusal (e.g. 403, which new permissions lift) saves none, so the next sync asks again.
      ctx.setMemo(withProbe(own, statusOf(error) === 409 ? fingerprint : undefined));
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
