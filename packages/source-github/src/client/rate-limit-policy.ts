import { currentStreamActivity } from '@faros-ce/sdk';

/** What the client tells about rate-limit waits (a logger's warn is enough). */
export interface RateLimitLogger {
  warn(message: string): void;
}

/**
 * Decides whether to wait out a primary or secondary rate limit: always, until the waits of this
 * sync add up to `maxTotalWaitMs` (GitHub's primary window is an hour, so about 65 minutes covers
 * one full reset). While waiting, the stream being read reports RUNNING with a RATE_LIMITED reason.
 */
export class RateLimitPolicy {
  private waitedMs = 0;

  constructor(
    private readonly maxTotalWaitMs: number,
    private readonly logger: RateLimitLogger,
    /** Milliseconds per second of `retry-after`: tests shrink it. */
    private readonly msPerSecond = 1000,
  ) {}

  /** Total time spent waiting so far (ms). */
  get totalWaitMs(): number {
    return this.waitedMs;
  }

  /** The throttling plugin's handler: true to wait `retryAfterSeconds` and retry. */
  onLimit(kind: 'primary' | 'secondary', retryAfterSeconds: number, route: string): boolean {
    const waitMs = Math.max(0, retryAfterSeconds) * this.msPerSecond;
    if (this.waitedMs + waitMs > this.maxTotalWaitMs) {
      this.logger.warn(
        `GitHub ${kind} rate limit on ${route}: waiting ${retryAfterSeconds}s more would exceed the ${Math.round(
          this.maxTotalWaitMs / 60_000,
        )} minutes allowed; giving up`,
      );
      return false;
    }
    this.waitedMs += waitMs;
    this.logger.warn(`GitHub ${kind} rate limit on ${route}: waiting ${retryAfterSeconds}s`);
    currentStreamActivity()?.rateLimited(Date.now() + waitMs);
    return true;
  }
}
