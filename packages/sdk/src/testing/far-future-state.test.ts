import { describe, expect, it } from 'vitest';
import { farFutureState, farFutureValue } from './far-future-state.js';

describe('farFutureValue', () => {
  it('keeps the shape of dates and timestamps', () => {
    expect(farFutureValue('2026-03-04')).toBe('9999-12-31');
    expect(farFutureValue('2026-03-04T05:06:07Z')).toBe('9999-12-31T23:59:59Z');
    expect(farFutureValue('2026-03-04T05:06:07.123+02:00')).toBe('9999-12-31T23:59:59.999+02:00');
    expect(farFutureValue('2026-03-04 05:06')).toBe('9999-12-31 23:59');
  });

  it('moves epoch numbers to year 9999 in the same unit and other numbers far up', () => {
    expect(farFutureValue(1_767_225_600_000)).toBe(253_402_300_799_000);
    expect(farFutureValue(1_767_225_600)).toBe(253_402_300_799);
    expect(farFutureValue(42)).toBe(Number.MAX_SAFE_INTEGER);
    expect(farFutureValue('12345')).toBe('9999999999999999');
  });

  it('gives up on values of unknown kind', () => {
    expect(farFutureValue('abc')).toBeUndefined();
    expect(farFutureValue(true)).toBeUndefined();
    expect(farFutureValue(null)).toBeUndefined();
  });
});

describe('farFutureState', () => {
  it('moves only the cursor values, at any depth, and counts them', () => {
    const result = farFutureState(
      { updated_at: '2026-01-01T00:00:00Z', page: 3, 'org/repo': { updated_at: '2026-02-01T00:00:00Z', token: 'x' } },
      ['updated_at'],
    );
    expect(result).toEqual({
      state: {
        updated_at: '9999-12-31T23:59:59Z',
        page: 3,
        'org/repo': { updated_at: '9999-12-31T23:59:59Z', token: 'x' },
      },
      replaced: 2,
    });
  });

  it('matches a nested cursor by its dotted path or last segment', () => {
    expect(farFutureState({ 'meta.updated': 5, updated: 6 }, ['meta', 'updated']).replaced).toBe(2);
  });

  it('without a cursor field moves every value it knows, and reports none found', () => {
    expect(farFutureState({ since: '2026-01-01', id: 'x' })).toEqual({
      state: { since: '9999-12-31', id: 'x' },
      replaced: 1,
    });
    expect(farFutureState({ other: '2026-01-01' }, ['updated_at']).replaced).toBe(0);
  });
});
