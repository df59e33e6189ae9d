import type { ReadContext } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import { statusOf } from '../client/request-status.js';
import type { GithubConfig } from '../generated/config.js';
import type { GithubRecord } from './github-context.js';
import type { RepoSlice } from './repo-stream.js';
import type { RouteParams } from './rest-items.js';

/** How {@link conditionalPages} finds the saved ETag and what it keeps in the slice memo. */
export interface ConditionalOptions {
  /** False reads plainly, keeping no ETag (default: in incremental mode). */
  readonly enabled?: boolean;
  /** The ETag to send, none when given as undefined (default, when absent: the slice memo's `{etag}`). */
  readonly etag?: string | undefined;
  /** What the slice memo keeps for a one-page answer's ETag (default `{etag}`). */
  readonly memo?: (etag: string) => unknown;
}

/**
 * The pages of a REST list asked, in incremental mode, with the ETag of the slice's last complete read
 * as `If-None-Match` (the request must be the one that ETag answered). GitHub answers 304 (free under
 * its rate limit) when the answer is the one that read saw: nothing is yielded, and the slice keeps its
 * state. Only a one-page answer's ETag is kept: with more pages, a change past the first would leave
 * the first page, and its ETag, as they were.
 */
export async function* conditionalPages(
  ctx: ReadContext<GithubConfig, RepoSlice>,
  octokit: GithubOctokit,
  route: string,
  params: RouteParams,
  options: ConditionalOptions = {},
): AsyncIterable<GithubRecord[]> {
  const conditional = options.enabled ?? ctx.syncMode === 'incremental';
  const savedEtag = !conditional ? undefined : 'etag' in options ? options.etag : etagOf(ctx.savedMemo());
  const request = savedEtag === undefined ? params : { ...params, headers: { 'if-none-match': savedEtag } };
  const pages = octokit.paginate.iterator(route, request)[Symbol.asyncIterator]();
  let first: Awaited<ReturnType<typeof pages.next>>;
  try {
    first = await pages.next();
  } catch (error) {
    if (savedEtag !== undefined && statusOf(error) === 304) return;
    throw error;
  }
  if (first.done) return;
  if (conditional) {
    const { etag, link } = first.value.headers;
    const keep = options.memo ?? ((tag: string) => ({ etag: tag }));
    ctx.setMemo(etag && !/rel="next"/.test(link ?? '') ? keep(etag) : undefined);
  }
  yield first.value.data as unknown as GithubRecord[];
  for (let page = await pages.next(); !page.done; page = await pages.next()) {
    yield page.value.data as unknown as GithubRecord[];
  }
}

/** The ETag kept in a slice memo (`{etag}`), if any. */
export function etagOf(memo: unknown): string | undefined {
  if (memo === null || typeof memo !== 'object') return undefined;
  const etag = (memo as { etag?: unknown }).etag;
  return typeof etag === 'string' ? etag : undefined;
}
