import { describe, expect, it } from 'vitest';
import { formatSummary, type SyncSummary } from './sync-summary.js';

describe('formatSummary', () => {
  it('prints a table per stream, then errors, count warnings, a stale lock and the log folder', () => {
    const summary: SyncSummary = {
      connection: 'ci',
      status: 'failed',
      error: 'the destination exited with 1',
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 2500,
      logDir: '/tmp/runs/x',
      attempts: [
        { attempt: 1, succeeded: false, failure: 'x', durationMs: 1, statesCommitted: 0 },
        { attempt: 2, succeeded: false, failure: 'y', durationMs: 1, statesCommitted: 1 },
      ],
      streams: [
        {
          stream: 'builds',
          recordsRead: 1200,
          recordsWritten: 1100,
          recordsRejected: 3,
          statesCommitted: 4,
          durationMs: 1500,
          apiCalls: 12,
          rateLimitWaits: 0,
          status: 'INCOMPLETE',
        },
        {
          stream: 'jobs',
          recordsRead: 5,
          recordsWritten: 5,
          recordsRejected: 0,
          statesCommitted: 1,
          durationMs: 0,
          apiCalls: undefined,
          rateLimitWaits: 0,
          status: undefined,
        },
      ],
      countMismatches: ['state 3 (/builds): the harness sent 2 records, the destination counted 1'],
      staleLock: 'took over a stale lock of process 7',
    };
    expect(formatSummary(summary).split('\n')).toEqual([
      'ci: failed in 2.5 s, 2 attempt(s)',
      'stream  read  written  rejected  states   time  api calls      status',
      'builds  1200     1100         3       4  1.5 s         12  INCOMPLETE',
      'jobs       5        5         0       1  0.0 s          -           -',
      'error: the destination exited with 1',
      'warning: record counts differ: state 3 (/builds): the harness sent 2 records, the destination counted 1',
      'note: took over a stale lock of process 7',
      'logs: /tmp/runs/x',
    ]);
  });
});
