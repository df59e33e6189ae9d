import { describe, expect, it } from 'vitest';
import { type ConnectionObject, paginate, paginateList } from './connection.js';
import { GithubGraphqlError } from './github-graphql-error.js';

const items = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, at: 100 * (i + 1) }));
const byAt = { key: (x: { id: number; at: number }) => [x.at, x.id] };
const ids = (nodes: readonly unknown[]) => nodes.map((n) => (n as { id: number }).id);

describe('paginate', () => {
  it('walks forward with first/after until hasNextPage is false, every item once', () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const c: ConnectionObject = paginate(items, { first: 3, after }, byAt, (x) => x);
      seen.push(...ids(c.nodes));
      expect(c.totalCount).toBe(7);
      expect(c.edges.map((e) => e.cursor)).toEqual([c.pageInfo.startCursor, ...c.edges.slice(1).map((e) => e.cursor)]);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('takes the end with last and walks back with before', () => {
    const tail = paginate(items, { last: 2 }, byAt, (x) => x);
    expect(ids(tail.nodes)).toEqual([6, 7]);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const prior = paginate(items, { last: 2, before: tail.pageInfo.startCursor }, byAt, (x) => x);
    expect(ids(prior.nodes)).toEqual([4, 5]);
  });

  it('keeps its place by key when an item moves ahead between pages (keyset cursors)', () => {
    const first = paginate(items, { first: 3 }, byAt, (x) => x);
    // Item 2 is updated: it moves to the end of an ascending updated-at order.
    const moved = [...items.filter((x) => x.id !== 2), { id: 2, at: 1000 }];
    const next = paginate(moved, { first: 3, after: first.pageInfo.endCursor }, byAt, (x) => x);
    expect(ids(next.nodes)).toEqual([4, 5, 6]);
  });

  it('orders descending keys when told', () => {
    const desc = [...items].reverse();
    const page1 = paginate(desc, { first: 4 }, { ...byAt, descending: true }, (x) => x);
    const page2 = paginate(
      desc,
      { first: 4, after: page1.pageInfo.endCursor },
      { ...byAt, descending: true },
      (x) => x,
    );
    expect([...ids(page1.nodes), ...ids(page2.nodes)]).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('answers first: 0 with the count and no nodes', () => {
    const c = paginateList(items, { first: 0 }, (x) => x);
    expect(c).toMatchObject({ totalCount: 7, nodes: [], pageInfo: { startCursor: null, endCursor: null } });
  });

  it('rejects a cursor it did not make', () => {
    expect(() => paginateList(items, { first: 1, after: 'bm9wZQ==' }, (x) => x)).toThrow(GithubGraphqlError);
    expect(() => paginateList(items, { first: 1, after: 'bm9wZQ==' }, (x) => x)).toThrow(
      '`bm9wZQ==` does not appear to be a valid cursor.',
    );
  });
});
