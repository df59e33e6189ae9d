import { describe, expect, it } from 'vitest';
import { compareCursorValues } from './stream.js';
import { StreamState } from './stream-state.js';

describe('StreamState', () => {
  it('keeps one cursor for unkeyed slices and never moves it back', () => {
    const state = new StreamState({ updated_at: '2026-01-02T00:00:00Z' }, ['updated_at'], compareCursorValues);
    expect(state.bookmark(undefined)).toBe('2026-01-02T00:00:00Z');
    state.commit(undefined, '2026-01-01T00:00:00Z');
    expect(state.snapshot()).toEqual({ updated_at: '2026-01-02T00:00:00Z' });
    state.commit(undefined, '2026-01-03T00:00:00Z');
    expect(state.snapshot()).toEqual({ updated_at: '2026-01-03T00:00:00Z' });
  });

  it('keeps a cursor per key and leaves other keys alone', () => {
    const state = new StreamState({ 'org/a': { updated_at: 5 } }, ['updated_at'], compareCursorValues);
    state.commit('org/b', 7);
    state.commit('org/a', 6);
    expect(state.snapshot()).toEqual({ 'org/a': { updated_at: 6 }, 'org/b': { updated_at: 7 } });
    expect(state.bookmark('org/b')).toBe(7);
    expect(state.bookmark('org/c')).toBeUndefined();
  });

  it('marks a keyed slice without cursor as seen, and returns new objects so earlier snapshots stay', () => {
    const state = new StreamState(undefined, undefined, compareCursorValues);
    const before = state.snapshot();
    state.commit('k', undefined);
    expect(state.snapshot()).toEqual({ k: {} });
    expect(before).toEqual({});
  });

  it('compares date strings by time, not by text', () => {
    expect(compareCursorValues('2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00Z')).toBeLessThan(0);
    expect(compareCursorValues(10, 9)).toBeGreaterThan(0);
  });
});
