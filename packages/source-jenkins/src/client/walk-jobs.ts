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

// Items of each subfolder listed in its parent's page. A page of `pageSize` items then holds at most
// `pageSize * (1 + NESTED_ITEMS)` items (folders full of folders), and most folders cost no request
// of their own: those with fewer items are complete; the others are read on from there.
const NESTED_ITEMS = 20;

/**
 * Every item of the controller, depth first, each yielded as soon as its folder's page arrives:
 * one `tree=jobs[…]{M,N}` request per page of a folder, never the whole tree at once. Each page also
 * lists the first items of the subfolders on it (`jobs[…,jobs[…]{0,20}]{M,N}`), so a subfolder that
 * fits costs no request of its own. With `recent`, each job at both levels also lists its newest
 * builds, so that `builds` may need no request for it (see `coveredByRecent`). Any item with `jobs`
 * is a folder. A folder deleted during the walk (404) is reported and skipped.
 */
export async function* walkJobs(client: JenkinsClient, options: WalkOptions): AsyncGenerator<WalkedItem> {
  yield* walkFolder(client, options, [], null, undefined);
}

/** A folder's first items as its parent's page listed them, and how many that page asked for. */
interface Listed {
  readonly items: readonly ApiItem[];
  readonly range: number;
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
  // Subfolders' items are asked for only when the walk will descend into them.
  const nested = canDescend ? Math.min(NESTED_ITEMS, pageSize) : 0;
  const walkPage = async function* (page: readonly ApiItem[], withChildren: boolean): AsyncGenerator<WalkedItem> {
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
        const first = withChildren && item.jobs ? { items: item.jobs, range: nested } : undefined;
        yield* walkFolder(client, options, path, fullName, first);
      }
    }
  };
  let from = 0;
  if (listed !== undefined) {
    // The parent's page listed this folder's first items: read on only when they filled the range.
    yield* walkPage(listed.items, false);
    if (listed.items.length < listed.range) return;
    from = listed.items.length;
  }
  for (; ; from += pageSize) {
    const page = await client.items(names, from, from + pageSize, {
      signal: options.signal,
      nested,
      recent: options.recent,
    });
    if (page === undefined) {
      if (parent === null) throw configError('The Jenkins URL answered 404: check server_url.');
      options.logger.warn(`Jenkins folder ${JSON.stringify(parent)} was not found (deleted during the sync?); skipped`);
      return;
    }
    yield* walkPage(page, nested > 0);
    if (page.length < pageSize) return;
  }
}
