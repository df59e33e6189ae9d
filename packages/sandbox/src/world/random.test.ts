import { describe, expect, it } from 'vitest';
import { hashString, Random } from './random.js';

const draw = (rng: Random, n: number): number[] => Array.from({ length: n }, () => rng.uint32());

describe('Random', () => {
  it('gives the same sequence for the same seed and different ones for different seeds', () => {
    expect(draw(new Random(7), 20)).toEqual(draw(new Random(7), 20));
    expect(draw(new Random(7), 20)).not.toEqual(draw(new Random(8), 20));
    expect(draw(new Random('seven'), 5)).toEqual(draw(new Random(hashString('seven')), 5));
  });

  it('keeps values in their ranges, both ends reachable', () => {
    const rng = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const v = rng.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
      const f = rng.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(rng.exponential(10, 2, 3)).toBeGreaterThanOrEqual(2);
  });

  it('forks by label only, independent of how far the parent has run', () => {
    const a = new Random(5);
    const b = new Random(5);
    draw(b, 10);
    expect(draw(a.fork('jira'), 5)).toEqual(draw(b.fork('jira'), 5));
    expect(draw(a.fork('jira'), 5)).not.toEqual(draw(a.fork('github'), 5));
  });

  it('makes hex strings, samples without repetition, and refuses an empty pick', () => {
    const rng = new Random(3);
    expect(rng.hex(40)).toMatch(/^[0-9a-f]{40}$/);
    const sample = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
    expect(() => rng.pick([])).toThrow(/empty/);
    expect(rng.weighted(['a', 'b'], [0, 1])).toBe('b');
  });
});
