/**
 * How a service says "rate limited", after the real one:
 * - `github`: one of GitHub's three answers, picked by the trip's variant draw: a primary-limit 403
 *   (`x-ratelimit-remaining: 0`, `x-ratelimit-reset` in epoch seconds, no `retry-after`), a 429 with
 *   `retry-after`, or a secondary-limit 403 with `retry-after` and a message naming the secondary rate limit.
 * - `jira`: Jira Cloud's 429 with `Retry-After` (seconds), `X-RateLimit-Reset` as an ISO time to the minute,
 *   `X-RateLimit-Remaining: 0` and `RateLimit-Reason`.
 * - `jiraDataCenter`: Jira Data Center's token bucket: 429 with `Retry-After` (seconds),
 *   `X-RateLimit-Limit`, `X-RateLimit-Remaining: 0`, `X-RateLimit-Interval-Seconds` and `X-RateLimit-FillRate`.
 * - `generic`: 429 with `Retry-After`, `X-RateLimit-Limit`, `X-RateLimit-Remaining: 0` and
 *   `X-RateLimit-Reset` in epoch seconds.
 */
export type RateLimitStyle = 'github' | 'jira' | 'jiraDataCenter' | 'generic';

/** A rate-limit answer ready to send. */
export interface RateLimitAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A tripped limit: when it ends and which of the style's answers it gives. */
export interface RateLimitTrip {
  /** Epoch milliseconds at which requests succeed again. */
  readonly untilMs: number;
  /** The trip's variant draw in [0, 1). */
  readonly variant: number;
}

const LIMIT = 5000;

/** Whether the style's variant answers with a reset time only (GitHub's primary limit): it must fall on a whole second. */
export function resetOnWholeSecond(style: RateLimitStyle, variant: number): boolean {
  return style === 'github' && variant < 1 / 3;
}

/** The epoch-milliseconds end of a limit tripped at `nowMs` for `resetSeconds`, as the style can express it. */
export function tripEnd(style: RateLimitStyle, variant: number, nowMs: number, resetSeconds: number): number {
  const end = nowMs + resetSeconds * 1000;
  return resetOnWholeSecond(style, variant) ? Math.ceil(end / 1000) * 1000 : end;
}

/** The answer to a request made at `nowMs` while `trip` holds. */
export function rateLimitAnswer(style: RateLimitStyle, trip: RateLimitTrip, nowMs: number): RateLimitAnswer {
  const retryAfter = String(Math.max(1, Math.ceil((trip.untilMs - nowMs) / 1000)));
  const resetEpochSeconds = String(Math.ceil(trip.untilMs / 1000));
  const json = { 'content-type': 'application/json; charset=utf-8' };
  if (style === 'jira') {
    const resetMinute = new Date(Math.ceil(trip.untilMs / 60_000) * 60_000).toISOString().slice(0, 16);
    return {
      status: 429,
      headers: {
        ...json,
        'retry-after': retryAfter,
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': `${resetMinute}Z`,
        'ratelimit-reason': 'jira-burst-based',
      },
      body: JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} }),
    };
  }
  if (style === 'jiraDataCenter') {
    return {
      status: 429,
      headers: {
        ...json,
        'retry-after': retryAfter,
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-interval-seconds': '1',
        'x-ratelimit-fillrate': '10',
      },
      body: JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} }),
    };
  }
  if (style === 'github') {
    const limitHeaders = {
      ...json,
      'x-ratelimit-limit': String(LIMIT),
      'x-ratelimit-reset': resetEpochSeconds,
      'x-ratelimit-resource': 'core',
    };
    const docs = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
    if (trip.variant < 1 / 3) {
      return {
        status: 403,
        headers: { ...limitHeaders, 'x-ratelimit-remaining': '0', 'x-ratelimit-used': String(LIMIT) },
        body: JSON.stringify({ message: 'API rate limit exceeded for user ID 1.', documentation_url: docs }),
      };
    }
    if (trip.variant < 2 / 3) {
      return {
        status: 429,
        headers: {
          ...limitHeaders,
          'retry-after': retryAfter,
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': String(LIMIT),
        },
        body: JSON.stringify({ message: 'API rate limit exceeded for user ID 1.', documentation_url: docs }),
      };
    }
    return {
      status: 403,
      headers: {
        ...limitHeaders,
        'retry-after': retryAfter,
        'x-ratelimit-remaining': String(LIMIT - 1),
        'x-ratelimit-used': '1',
      },
      body: JSON.stringify({
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: docs,
      }),
    };
  }
  return {
    status: 429,
    headers: {
      ...json,
      'retry-after': retryAfter,
      'x-ratelimit-limit': String(LIMIT),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': resetEpochSeconds,
    },
    body: JSON.stringify({ message: 'Rate limit exceeded; retry after the reset time.' }),
  };
}
