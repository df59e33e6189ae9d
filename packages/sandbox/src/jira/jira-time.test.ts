import { describe, expect, it } from 'vitest';
import { formatJiraTime, localTimeToUtc, zoneOffsetMs } from './jira-time.js';

describe('Jira times', () => {
  it('writes +0000 timestamps with milliseconds', () => {
    expect(formatJiraTime(Date.UTC(2021, 0, 17, 12, 34, 0, 5))).toBe('2021-01-17T12:34:00.005+0000');
  });

  it('reads wall-clock times in a zone, across DST', () => {
    const at = (zone: string, year: number, month: number, day: number, hour: number, minute = 0) =>
      new Date(localTimeToUtc(zone, { year, month, day, hour, minute })).toISOString();
    expect(at('Europe/Berlin', 2025, 1, 15, 12)).toBe('2025-01-15T11:00:00.000Z');
    expect(at('Europe/Berlin', 2025, 7, 15, 12)).toBe('2025-07-15T10:00:00.000Z');
    expect(at('Asia/Kolkata', 2025, 1, 1, 0)).toBe('2024-12-31T18:30:00.000Z');
    expect(at('America/New_York', 2025, 1, 2, 10, 30)).toBe('2025-01-02T15:30:00.000Z');
    // 02:30 doesn't exist on 30 March in Berlin: the clock shows 03:30 CEST then.
    expect(at('Europe/Berlin', 2025, 3, 30, 2, 30)).toBe('2025-03-30T01:30:00.000Z');
    // 02:30 happens twice on 26 October: the earlier one (still CEST).
    expect(at('Europe/Berlin', 2025, 10, 26, 2, 30)).toBe('2025-10-26T00:30:00.000Z');
    expect(zoneOffsetMs('UTC', Date.UTC(2025, 5, 1))).toBe(0);
  });
});
