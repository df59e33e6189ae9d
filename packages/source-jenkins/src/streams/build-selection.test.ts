import { describe, expect, it } from 'vitest';
import type { ApiBuild } from '../client/jenkins-types.js';
import { BuildSelection } from './build-selection.js';

const done = (number: number): ApiBuild => ({ number, result: 'SUCCESS', building: false, timestamp: number * 1000 });
const running = (number: number): ApiBuild => ({ number, result: null, timestamp: number * 1000 });
const limits = { bookmark: undefined, maxBuilds: undefined, startMs: undefined };

describe('BuildSelection', () => {
  it('emits each build once down to the cursor; the next cursor is the oldest running build', () => {
    const selection = new BuildSelection({ ...limits, bookmark: 10 });
    const verdicts = [running(13), done(12), done(12), running(11), done(10), done(9)].map((b) => selection.accept(b));
    expect(verdicts).toEqual(['emit', 'emit', 'repeat', 'emit', 'emit', 'stop']);
    // No `building` field: a build without a result is running.
    expect(selection.nextCursor()).toBe(11);
  });

  it('moves past the newest build when none runs, and to nothing when nothing was emitted', () => {
    const selection = new BuildSelection({ ...limits, bookmark: 7 });
    expect([done(8), done(7)].map((b) => selection.accept(b))).toEqual(['emit', 'emit']);
    expect(selection.nextCursor()).toBe(9);
    const none = new BuildSelection({ ...limits, bookmark: 7 });
    expect(none.accept(done(6))).toBe('stop');
    expect(none.nextCursor()).toBeUndefined();
  });

  it('stops a first sync at its cap (then full) and at the start date, and a resumed one at neither', () => {
    const capped = new BuildSelection({ ...limits, maxBuilds: 2 });
    expect(capped.full).toBe(false);
    expect([done(5), done(4), done(3)].map((b) => capped.accept(b))).toEqual(['emit', 'emit', 'stop']);
    expect(capped.full).toBe(true);
    const dated = new BuildSelection({ ...limits, startMs: 4_000 });
    expect([done(5), done(4), done(3)].map((b) => dated.accept(b))).toEqual(['emit', 'emit', 'stop']);
    const resumed = new BuildSelection({ ...limits, bookmark: 1, maxBuilds: 1 });
    expect([done(5), done(4)].map((b) => resumed.accept(b))).toEqual(['emit', 'emit']);
    expect(resumed.full).toBe(false);
  });
});
