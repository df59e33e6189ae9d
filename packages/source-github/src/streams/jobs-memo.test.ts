import { describe, expect, it } from 'vitest';
import { cursorCap, jobsMemoOf, mayHaveNewJobs, nextJobsMemo } from './jobs-memo.js';
import type { RunSummary } from './run-listing-share.js';

const run = (id: number, updated: string, status = 'completed', created = '2024-05-01T00:00:00Z'): RunSummary => ({
  id,
  created_at: created,
  updated_at: updated,
  status,
});

describe('jobs memo', () => {
  const listed = [
    run(3, '2024-05-02T10:00:00Z', 'in_progress', '2024-05-02T09:58:00Z'),
    run(2, '2024-05-02T12:00:00Z'),
    run(1, '2024-05-01T08:00:00Z'),
  ];
  const memo = nextJobsMemo(listed, undefined);

  it('keeps the newest update, the completed runs at it, and the runs still going', () => {
    expect(memo).toEqual({
      runsUpdated: '2024-05-02T12:00:00Z',
      readAtTop: [2],
      unfinished: [3],
      unfinishedSince: '2024-05-02T09:58:00Z',
    });
  });

  it('asks for jobs of runs updated later, unfinished runs even when unchanged, and none of completed runs read', () => {
    if (memo === undefined) throw new Error('no memo');
    expect(mayHaveNewJobs(run(4, '2024-05-02T12:30:00Z', 'queued'), memo)).toBe(true);
    expect(mayHaveNewJobs(listed[0] as RunSummary, memo)).toBe(true);
    expect(mayHaveNewJobs(listed[1] as RunSummary, memo)).toBe(false);
    expect(mayHaveNewJobs(listed[2] as RunSummary, memo)).toBe(false);
    // Another run updated in the same second as the top, after the listing.
    expect(mayHaveNewJobs(run(5, '2024-05-02T12:00:00Z'), memo)).toBe(true);
  });

  it('stays as it was when nothing was listed, and refuses foreign shapes', () => {
    expect(nextJobsMemo([], memo)).toBe(memo);
    expect(jobsMemoOf(memo)).toEqual(memo);
    expect(jobsMemoOf({ etag: 'W/"x"' })).toBeUndefined();
    expect(jobsMemoOf({ runsUpdated: 'soon', readAtTop: [], unfinished: [] })).toBeUndefined();
  });

  it('holds the jobs cursor before the oldest unfinished run and the listing, so later jobs still count', () => {
    expect(cursorCap('2024-05-02T12:00:00Z', memo)).toBe('2024-05-02T09:57:59Z');
    expect(cursorCap('2024-05-02T09:00:00Z', memo)).toBeUndefined(); // already before it
    // Without unfinished runs, before the listing's newest update: runs listed later complete after it.
    const settled = nextJobsMemo([run(2, '2024-05-02T12:00:00Z')], undefined);
    expect(cursorCap('2024-05-02T12:00:00Z', settled)).toBe('2024-05-02T11:59:59Z');
    expect(cursorCap('2024-05-02T11:00:00Z', settled)).toBeUndefined();
    expect(cursorCap(undefined, memo)).toBeUndefined();
  });
});
