import { describe, expect, it } from 'vitest';
import { isFuture, jqlDate, offsetMs } from './jql-date.js';

describe('jqlDate', () => {
  it('writes the instant in the user zone, floored to the minute', () => {
    const at = Date.parse('2025-06-02T09:00:59.999Z');
    expect(jqlDate(at, 'UTC')).toBe('2025-06-02 09:00');
    expect(jqlDate(at, 'Asia/Kolkata')).toBe('2025-06-02 14:30'); // +05:30
    expect(jqlDate(at, 'America/Los_Angeles')).toBe('2025-06-02 02:00'); // PDT, -07:00
  });

  it('crosses the date line in the zone, not in UTC', () => {
    expect(jqlDate(Date.parse('2025-06-02T20:15:00Z'), 'Asia/Kolkata')).toBe('2025-06-03 01:45');
  });

  it('goes back three hours near a daylight-saving change, so Jira never starts after the cursor', () => {
    // Europe/Berlin falls back at 2025-10-26 01:00Z: 02:30 local happens twice.
    const secondTwoThirty = Date.parse('2025-10-26T01:30:00Z');
    expect(offsetMs(secondTwoThirty, 'Europe/Berlin')).toBe(3_600_000);
    expect(jqlDate(secondTwoThirty, 'Europe/Berlin')).toBe('2025-10-26 00:30'); // 22:30Z in CEST (+02:00);
    // Far from a change the minute is kept.
    expect(jqlDate(Date.parse('2025-10-27T01:30:00Z'), 'Europe/Berlin')).toBe('2025-10-27 02:30');
  });
});

describe('isFuture', () => {
  it('is true only beyond a day ahead of the clock', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(isFuture(undefined, now)).toBe(false);
    expect(isFuture(now + 23 * 3_600_000, now)).toBe(false);
    expect(isFuture(now + 25 * 3_600_000, now)).toBe(true);
  });
});
