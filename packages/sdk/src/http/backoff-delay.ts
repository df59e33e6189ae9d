/** Exponential backoff settings. */
export interface BackoffOptions {
  /** The first retry waits about this long. */
  readonly baseDelayMs: number;
  /** No backoff wait is longer (waits the server asks for are not capped by this). */
  readonly maxDelayMs: number;
}

/**
 * The wait before retry number `retry` (1 for the first): `baseDelayMs * 2^(retry-1)`, capped at
 * `maxDelayMs`, then jittered into its upper half so clients that failed together spread out.
 */
export function backoffDelayMs(retry: number, options: BackoffOptions, random: () => number = Math.random): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
