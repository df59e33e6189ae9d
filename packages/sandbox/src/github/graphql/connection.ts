import { GithubGraphqlError } from './github-graphql-error.js';

/** The paging arguments every GitHub connection takes (ranges are checked before execution). */
export interface ConnectionArgs {
  readonly first?: number | null;
  readonly last?: number | null;
  readonly after?: string | null;
  readonly before?: string | null;
}

/** A position in a connection's order: compared element by element. */
export type SortKey = readonly (number | string)[];

/** How a connection's items are ordered: their sort key (unique per item) and the direction. */
export interface ConnectionOrder<T> {
  readonly key: (item: T, index: number) => SortKey;
  readonly descending?: boolean;
}

/** A resolved connection: what the default field resolver reads for `*Connection` types. */
export interface ConnectionObject {
  readonly totalCount: number;
  readonly nodes: readonly unknown[];
  readonly edges: readonly { readonly cursor: string; readonly node: unknown }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
}

const PREFIX = 'cursor:v2:';

/** An opaque cursor (base64, as GitHub's are) for a sort key. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(PREFIX + JSON.stringify(key), 'utf8').toString('base64');
}

function decodeCursor(cursor: string): SortKey {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (text.startsWith(PREFIX)) {
    try {
      const key: unknown = JSON.parse(text.slice(PREFIX.length));
      if (Array.isArray(key) && key.every((k) => typeof k === 'number' || typeof k === 'string')) return key;
    } catch {
      // not ours: reported below
    }
  }
  throw new GithubGraphqlError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * Pages `items` (already in the connection's order) the Relay way GitHub does: `after`/`before`
 * are keyset cursors, so a page stays right when items move between requests, then `first` takes
 * from the front and `last` from the back. `toNode` builds the GraphQL object of an item.
 */
export function paginate<T>(
  items: readonly T[],
  args: ConnectionArgs,
  order: ConnectionOrder<T>,
  toNode: (item: T) => unknown,
): ConnectionObject {
  const sign = order.descending ? -1 : 1;
  const keyAt = (i: number): SortKey => order.key(items[i] as T, i);
  // Index of the first item whose key is past `key` (strictly when `strict`), by binary search.
  const firstPast = (key: SortKey, strict: boolean): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = sign * compareKeys(keyAt(mid), key);
      if (c > 0 || (!strict && c === 0)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let start = args.after ? firstPast(decodeCursor(args.after), true) : 0;
  let end = args.before ? firstPast(decodeCursor(args.before), false) : items.length;
  end = Math.max(start, end);
  if (typeof args.first === 'number') end = Math.min(end, start + args.first);
  if (typeof args.last === 'number') start = Math.max(start, end - args.last);
  const edges: { cursor: string; node: unknown }[] = [];
  for (let i = start; i < end; i++) edges.push({ cursor: encodeCursor(keyAt(i)), node: toNode(items[i] as T) });
  return {
    totalCount: items.length,
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: {
      // Truthful both ways (Relay allows `false` when unknown; GitHub computes them).
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The connection of a list without a meaningful order key: positions are the keys. */
export function paginateList<T>(
  items: readonly T[],
  args: ConnectionArgs,
  toNode: (item: T) => unknown,
): ConnectionObject {
  return paginate(items, args, { key: (_item, index) => [index] }, toNode);
}
