import { describe, expect, it } from 'vitest';
import { RunListingShare, type RunSummary } from './run-listing-share.js';

const runs = (n: number): RunSummary[] =>
  Array.from({ length: n }, (_v, i) => ({
    id: i,
    created_at: '2024-05-01T00:00:00Z',
    updated_at: '2024-05-01T00:00:00Z',
    status: 'completed',
  }));

describe('RunListingShare', () => {
  it('hands a listing over once, when it reaches back far enough', () => {
    const share = new RunListingShare();
    share.offer('o/a', { stopBefore: 1_000, runs: runs(2) });
    expect(share.take('o/a', 500)).toBeUndefined(); // needs older runs than were listed
    share.offer('o/a', { stopBefore: 1_000, runs: runs(2) });
    expect(share.take('o/a', 2_000)).toHaveLength(2);
    expect(share.take('o/a', 2_000)).toBeUndefined();
    share.offer('o/b', { stopBefore: undefined, runs: runs(3) });
    expect(share.take('o/b', undefined)).toHaveLength(3);
  });

  it('holds no more than its capacity', () => {
    const share = new RunListingShare(4);
    share.offer('o/a', { stopBefore: undefined, runs: runs(3) });
    share.offer('o/b', { stopBefore: undefined, runs: runs(2) });
    expect(share.take('o/b', undefined)).toBeUndefined();
    expect(share.take('o/a', undefined)).toHaveLength(3);
    share.offer('o/b', { stopBefore: undefined, runs: runs(2) });
    expect(share.take('o/b', undefined)).toHaveLength(2);
  });
});
