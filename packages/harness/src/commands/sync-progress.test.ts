import { describe, expect, it } from 'vitest';
import type { StreamSummary } from '../sync-summary.js';
import { SyncProgress } from './sync-progress.js';

const stream = (name: string, read: number, waits = 0): StreamSummary => ({
  stream: name,
  recordsRead: read,
  recordsWritten: read - 1,
  recordsRejected: 0,
  statesCommitted: 2,
  durationMs: 0,
  apiCalls: undefined,
  rateLimitWaits: waits,
  status: 'RUNNING',
});

function sink(): { out: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const write = (chunk: string): boolean => {
    text += chunk;
    return true;
  };
  const out = { write } as unknown as NodeJS.WriteStream;
  return { out, text: () => text };
}

describe('SyncProgress', () => {
  it('prints plain lines when not on a terminal', () => {
    const { out, text } = sink();
    const progress = new SyncProgress(out, false, 0);
    progress.update([stream('builds', 10, 1), stream('jobs', 3)]);
    expect(text()).toMatch(
      /^progress: builds: 10 read \(\d+\/s\), 9 written, 2 states committed, 1 rate-limit waits; jobs: 3 read \(\d+\/s\), 2 written, 2 states committed\n$/,
    );
    progress.done();
    expect(text().split('\n')).toHaveLength(2); // nothing to clear
  });

  it('redraws in place on a terminal and clears before the summary', () => {
    const { out, text } = sink();
    const progress = new SyncProgress(out, true, 0);
    progress.update([stream('builds', 10), stream('jobs', 3)]);
    progress.update([stream('builds', 20), stream('jobs', 3)]);
    // The second drawing moves the cursor up over the two lines of the first and erases them.
    expect(text()).toContain('\x1b[2A\x1b[J');
    expect(text().lastIndexOf('builds: 20 read')).toBeGreaterThan(text().indexOf('\x1b[2A'));
    progress.done();
    expect(text().endsWith('\x1b[2A\x1b[J')).toBe(true);
  });

  it('draws at most once per period', () => {
    const { out, text } = sink();
    const progress = new SyncProgress(out, false, 60_000);
    progress.update([stream('builds', 1)]);
    progress.update([stream('builds', 2)]);
    expect(text().match(/progress:/g)).toHaveLength(1);
  });
});
