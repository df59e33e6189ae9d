import { describe, expect, it } from 'vitest';
import { ascendingSince } from './ascending-read.js';
import type { GithubRecord } from './github-context.js';

const items = Array.from({ length: 25 }, (_, i) => ({ n: i, at: new Date(Date.UTC(2024, 0, 1 + i)).toISOString() }));

function listing(pageSize: number) {
  const calls: string[] = [];
  const pages = async function* (list: typeof items, name: string) {
    for (let i = 0; i < list.length; i += pageSize) {
      calls.push(name);
      yield list.slice(i, i + pageSize) as GithubRecord[];
    }
  };
  return {
    calls,
    ascending: () => pages(items, 'asc'),
    descending: () => pages([...items].reverse(), 'desc'),
    cursorOf: (item: GithubRecord) => String(item.at),
  };
}

async function collect(source: AsyncIterable<GithubRecord>): Promise<number[]> {
  const out: number[] = [];
  for await (const item of source) out.push(Number(item.n));
  return out;
}

describe('ascendingSince', () => {
  it('reads everything oldest first without a lower bound', async () => {
    const l = listing(10);
    expect(await collect(ascendingSince(l, undefined))).toEqual(items.map((i) => i.n));
    expect(l.calls).toEqual(['asc', 'asc', 'asc']);
  });

  it('reads the newest pages down to the bound and replays them oldest first', async () => {
    const l = listing(10);
    expect(await collect(ascendingSince(l, items[20]?.at))).toEqual([20, 21, 22, 23, 24]);
    expect(l.calls).toEqual(['desc']);
  });

  it('falls back to an ascending pass when too much changed to buffer', async () => {
    const l = listing(10);
    expect(await collect(ascendingSince(l, items[3]?.at, 12))).toEqual(items.slice(3).map((i) => i.n));
    expect(l.calls).toEqual(['desc', 'desc', 'asc', 'asc', 'asc']);
  });
});
