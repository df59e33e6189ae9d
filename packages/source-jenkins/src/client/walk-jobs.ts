import { configError, type Logger } from '@faros-ce/sdk';
import type { JenkinsClient } from './jenkins-client.js';
import type { ApiItem } from './jenkins-types.js';
import type { JobFilter } from './job-filter.js';

/** An item found by {@link walkJobs}, with where it sits. */
export interface WalkedItem {
  /** Names from the top level down to this item: its URL path (see `jobPath`). */
  readonly names: readonly string[];
  /** Slash-joined path of names, as Jenkins' `fullName`. */
  readonly fullName: string;
  /** Full name of the enclosing folder, or null at the top level. */
  readonly parent: string | null;
  /** True for items that hold other items (folders, multibranch projects, organisation folders). */
  readonly isFolder: boolean;
  readonly item: ApiItem;
}

/** How far and how {@link walkJobs} walks. */
export interface WalkOptions {
  readonly filter: JobFilter;
  /** Folder levels to descend below the top level; undefined: all of them. */
  readonly depth: number | undefined;
  /** Items per request. */
  readonly pageSize: number;
  /** Newest builds each job of a page comes with (`builds[…]{0,recent}`); 0 or undefined: none. */
  readonly recent?: number;
  readonly logger: Logger;
  readonly signal?: AbortSignal;
}

// How a folder's pages list what lies below their items. A folder's first page (the controller's,
// or one its parent's page listed by name only) has 10 items and lists two levels below them: the
// first 20 items of each subfolder and the first 10 of each of theirs. Its later pages (and those
// read on from items its parent listed) have `pageSize` items and list one level, 20 of each
// subfolder. A response then holds at most 10 × (1 + 20 + 200) or `pageSize` × 21 items, whatever
// the nesting; and the usual shapes (folders of multibranch projects of branch jobs, three levels)
// cost one request for the whole shape, not one per project.
const FIRST_PAGE_ITEMS = 10;
const FIRST_PAGE_LEVELS = [20, 10];
const NEXT_PAGE_LEVELS = [20];

/**
 * Every item of the controller, depth first, each yielded as soon as its folder's page arrives:
 * one `tree=jobs[…]{M,N}` request per page of a folder, never the whole tree at once. Each page also
 * lists the first items of the subfolders on it, one or two levels down
 * (`jobs[…,jobs[…,jobs[…]{0,10}]{0,20}]{0,10}`), so a subfolder listed in full costs no request of
 * its own. With `recent`, each job at every level also lists its newest builds, so that `builds`
 * may need no request for it (see `coveredByRecent`). Any item with `jobs` is a folder. A folder
 * deleted during the walk (404) is reported and skipped.
 */
export async function* walkJobs(client: JenkinsClient, options: WalkOptions): AsyncGenerator<WalkedItem> {
  yield* walkFolder(client, options, [], null, undefined);
}

/** A folder's first items as a page listed them, how many it asked for, and the levels listed below them. */
interface Listed {
  readonly items: readonly ApiItem[];
  readonly range: number;
  readonly below: readonly number[];
}

async function* walkFolder(
  client: JenkinsClient,
  options: WalkOptions,
  names: readonly string[],
  parent: string | null,
  listed: Listed | undefined,
): AsyncGenerator<WalkedItem> {
  const { pageSize, filter } = options;
  const seen = new Set<string>();
  const canDescend = options.depth === undefined || names.length < options.depth;
  // Level k below this folder's items is listed only when the walk will descend that far.
  const levels = (wanted: readonly number[]): number[] =>
    wanted
      .slice(0, options.depth === undefined ? wanted.length : Math.max(0, options.depth - names.length))
      .map((n) => Math.min(n, pageSize));
  const walkPage = async function* (page: readonly ApiItem[], below: readonly number[]): AsyncGenerator<WalkedItem> {
    for (const item of page) {
      if (typeof item.name !== 'string') continue;
      // Items added while paging shift the ranges: an item may come twice.
      if (seen.has(item.name)) continue;
      seen.add(item.name);
      const path = [...names, item.name];
      const fullName = item.fullName ?? path.join('/');
      if (!filter.allows(fullName)) continue;
      const isFolder = Array.isArray(item.jobs);
      yield { names: path, fullName, parent, isFolder, item };
      if (isFolder && (item.jobs?.length ?? 0) > 0 && canDescend) {
        const [range, ...deeper] = below;
        const first = range !== undefined && item.jobs ? { items: item.jobs, range, below: deeper } : undefined;
        yield* walkFolder(client, options, path, fullName, first);
      }
    }
  };
  let from = 0;
  if (listed !== undefined) {
    // A page listed this folder's first items: read on only when they filled the range.
    yield* walkPage(listed.items, listed.below);
    if (listed.items.length < listed.range) return;
    from = listed.items.length;
  }
  for (;;) {
    const first = from === 0;
    const size = first ? Math.min(FIRST_PAGE_ITEMS, pageSize) : pageSize;
    const nested = levels(first ? FIRST_PAGE_LEVELS : NEXT_PAGE_LEVELS);
    const page = await client.items(names, from, from + size, {
      signal: options.signal,
      nested,
      recent: options.recent,
    });
    if (page === undefined) {
      if (parent === null) throw configError('The Jenkins URL answered 404: check server_url.');
      options.logger.warn(`Jenkins folder ${JSON.stringify(parent)} was not found (deleted during the sync?); skipped`);
      return;
    }
    yield* walkPage(page, nested);
    if (page.length < size) return;
    from += size;
  }
}
