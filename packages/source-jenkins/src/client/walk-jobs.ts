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
  readonly logger: Logger;
  readonly signal?: AbortSignal;
}

/**
 * Every item of the controller, depth first, each yielded as soon as its folder's page arrives:
 * one `tree=jobs[…]{M,N}` request per page of a folder, never the whole tree at once. Any item
 * with `jobs` is a folder. A folder deleted during the walk (404) is reported and skipped.
 */
export async function* walkJobs(client: JenkinsClient, options: WalkOptions): AsyncGenerator<WalkedItem> {
  yield* walkFolder(client, options, [], null);
}

async function* walkFolder(
  client: JenkinsClient,
  options: WalkOptions,
  names: readonly string[],
  parent: string | null,
): AsyncGenerator<WalkedItem> {
  const { pageSize, filter } = options;
  const seen = new Set<string>();
  for (let from = 0; ; from += pageSize) {
    const page = await client.items(names, from, from + pageSize, options.signal);
    if (page === undefined) {
      if (parent === null) throw configError('The Jenkins URL answered 404: check server_url.');
      options.logger.warn(`Jenkins folder ${JSON.stringify(parent)} was not found (deleted during the sync?); skipped`);
      return;
    }
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
      const canDescend = options.depth === undefined || names.length < options.depth;
      if (isFolder && (item.jobs?.length ?? 0) > 0 && canDescend) {
        yield* walkFolder(client, options, path, fullName);
      }
    }
    if (page.length < pageSize) return;
  }
}
