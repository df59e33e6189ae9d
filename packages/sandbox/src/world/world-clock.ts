/** Epoch milliseconds (UTC) on the world's simulated clock. */
export type EpochMs = number;

/**
 * The default start of every world's clock: 2025-06-02T09:00:00.000Z (a Monday morning). It is a
 * fixed date, not derived from the seed, so tests can state times literally; all generated history
 * lies in the two years before it. `createWorld({ start })` overrides it.
 */
export const DEFAULT_WORLD_START: EpochMs = Date.UTC(2025, 5, 2, 9, 0, 0);

/** How far one `advance` step moves the clock: one hour. */
export const STEP_MS = 60 * 60 * 1000;

/** Read access to the simulated time; only the world moves it. */
export interface Clock {
  /** When the world began (the end of its generated history). */
  readonly start: EpochMs;
  /** The current simulated time. */
  now(): EpochMs;
}

/** The clock the world owns and moves. */
export class WorldClock implements Clock {
  private current: EpochMs;

  constructor(readonly start: EpochMs) {
    this.current = start;
  }

  now(): EpochMs {
    return this.current;
  }

  /** Moves the clock forward by `ms` (never backwards). */
  tick(ms: number): void {
    if (!(ms >= 0)) throw new Error(`WorldClock.tick: ${ms} is not a forward move`);
    this.current += ms;
  }
}
