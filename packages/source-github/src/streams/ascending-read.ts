import type { GithubRecord } from './github-context.js';

/** How to list a collection in either direction of its cursor. */
export interface BidirectionalListing {
  /** Pages in ascending cursor order (from the oldest). */
  ascending(): AsyncIterable<GithubRecord[]>;
  /** Pages in descending cursor order (from the newest). */
  descending(): AsyncIterable<GithubRecord[]>;
  /** The cursor value of an item (an ISO date-time). */
  cursorOf(item: GithubRecord): string;
}

/**
 * Yields the items at or after `since` in ascending cursor order, for APIs that sort both ways but
 * cannot filter by the cursor (GitHub's pulls, GraphQL pull requests, releases). Without `since`, one
 * ascending pass. With it, the newest pages are read until the cursor drops below `since` and
 * replayed oldest first — a few calls for an incremental sync — unless more than `maxBuffered` items
 * changed, when it falls back to an ascending pass (bounded memory). Ascending output lets the runtime
 * checkpoint inside a repository.
 */
export async function* ascendingSince(
  listing: BidirectionalListing,
  since: string | undefined,
  maxBuffered = 5000,
): AsyncIterable<GithubRecord> {
  if (since !== undefined) {
    const from = Date.parse(since);
    const buffered: GithubRecord[] = [];
    let reachedOlder = false;
    for await (const page of listing.descending()) {
      for (const item of page) {
        if (Date.parse(listing.cursorOf(item)) < from) {
          reachedOlder = true;
          break;
        }
        buffered.push(item);
      }
      if (reachedOlder || buffered.length > maxBuffered) break;
    }
    if (buffered.length <= maxBuffered) {
      for (let i = buffered.length - 1; i >= 0; i--) yield buffered[i] as GithubRecord;
      return;
    }
  }
  const from = since === undefined ? undefined : Date.parse(since);
  for await (const page of listing.ascending()) {
    for (const item of page) if (from === undefined || Date.parse(listing.cursorOf(item)) >= from) yield item;
  }
}
