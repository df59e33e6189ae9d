/** Headers as the client exposes them: lower-case names. */
type Headers = Readonly<Record<string, string>>;

// Reset times come from the server's clock: wait a little longer so skew does not waste a retry.
const CLOCK_SKEW_MARGIN_MS = 1000;
// Below this, an X-RateLimit-Reset value cannot be an epoch time (it would be before 2001).
const MIN_EPOCH_SECONDS = 1_000_000_000;

/** True when the headers say the quota is used up (`X-RateLimit-Remaining: 0` or `RateLimit-Remaining: 0`). */
export function isQuotaExhausted(headers: Headers): boolean {
  return remaining(headers) === 0;
}

/**
 * How long the server asks us to wait, in ms, from `Retry-After` (seconds or an HTTP date), or
 * from the reset headers when the quota is used up or its state is unknown: `X-RateLimit-Reset`
 * (epoch seconds; small values are read as seconds from now) and `RateLimit-Reset` (seconds from
 * now). Undefined when the headers say nothing usable.
 */
export function rateLimitWaitMs(headers: Headers, nowMs: number): number | undefined {
  const retryAfter = retryAfterMs(headers['retry-after'], nowMs);
  if (retryAfter !== undefined) return retryAfter;
  const left = remaining(headers);
  // A reset time with quota left describes the primary window, not why this request was refused.
  if (left !== undefined && left > 0) return undefined;
  const xReset = numberOf(headers['x-ratelimit-reset']);
  if (xReset !== undefined) {
    if (xReset < MIN_EPOCH_SECONDS) return xReset * 1000;
    return Math.max(0, xReset * 1000 - nowMs) + CLOCK_SKEW_MARGIN_MS;
  }
  const reset = numberOf(headers['ratelimit-reset']);
  return reset === undefined ? undefined : reset * 1000;
}

/** `Retry-After` in ms: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = numberOf(value);
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function remaining(headers: Headers): number | undefined {
  return numberOf(headers['x-ratelimit-remaining'] ?? headers['ratelimit-remaining']);
}

function numberOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
