import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

const take = (seed: number, n: number): number[] => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(take(7, 20)).toEqual(take(7, 20));
    expect(take(7, 20)).not.toEqual(take(8, 20));
    expect(take(0, 5)).not.toEqual(take(1, 5));
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const values = take(42, 2000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const buckets = [0, 0, 0, 0];
    for (const v of values) buckets[Math.floor(v * 4)] = (buckets[Math.floor(v * 4)] ?? 0) + 1;
    for (const count of buckets) expect(count).toBeGreaterThan(400);
  });
});
