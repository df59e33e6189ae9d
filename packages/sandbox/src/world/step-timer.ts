import type { Random } from './random.js';

/**
 * Hands out the times of the changes of one advance step: increasing, a few seconds apart, after
 * the step's start and never after its end, so that every change's time is in the step.
 */
export class StepTimer {
  private t: number;

  constructor(
    private readonly rng: Random,
    /** Start of the step (exclusive). */
    readonly start: number,
    private readonly to: number,
  ) {
    this.t = start;
  }

  next(): number {
    this.t = Math.min(this.to - 1_000, this.t + this.rng.int(5_000, 25_000));
    return this.t;
  }
}
