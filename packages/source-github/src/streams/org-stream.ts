import { type JsonSchema, type ReadContext, Stream, type StreamSlice } from '@faros-ce/sdk';
import { isForbidden, isMissing } from '../client/request-status.js';
import type { GithubConfig } from '../generated/config.js';
import { schemaOf } from '../schemas/stream-schemas.js';
import type { GithubContext, GithubRecord } from './github-context.js';
import { answerOf } from './repo-stream.js';

/** One organisation of the selected repositories, keyed by its login. */
export interface OrgSlice extends StreamSlice {
  readonly key: string;
  readonly org: string;
}

/**
 * A stream read organisation by organisation (the owners of the selected repositories that are
 * organisations). A vanished organisation or a forbidden endpoint is skipped with a warning.
 */
export abstract class OrgStream extends Stream<GithubConfig, OrgSlice> {
  constructor(protected readonly gh: GithubContext) {
    super();
  }

  override get jsonSchema(): JsonSchema {
    return schemaOf(this.name);
  }

  override async *slices(): AsyncIterable<OrgSlice> {
    const { organizations } = await this.gh.resolver.resolve();
    for (const org of organizations) yield { key: org, org };
  }

  async *read(ctx: ReadContext<GithubConfig, OrgSlice>): AsyncIterable<GithubRecord> {
    try {
      yield* this.readOrg(ctx, ctx.slice.org);
    } catch (error) {
      if (!isMissing(error) && !isForbidden(error)) throw error;
      ctx.logger.warn(`${this.name}: skipping organization ${ctx.slice.org}: ${answerOf(error)}`);
    }
  }

  /** The records of one organisation. */
  protected abstract readOrg(ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord>;
}
