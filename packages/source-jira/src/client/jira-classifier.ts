import { defaultClassifier, type ErrorClassifier } from '@faros-ce/sdk';

// Reset times come from Jira's clock: wait a little longer so skew does not waste a retry.
const CLOCK_SKEW_MARGIN_MS = 1000;

/**
 * The SDK's decisions plus Jira's own rate-limit headers: Cloud sends `X-RateLimit-Reset` as an ISO
 * time (`2025-06-02T09:01Z`), not epoch seconds, and Data Center's token bucket says how often it
 * refills (`X-RateLimit-Interval-Seconds`). Both only matter when `Retry-After` is absent.
 */
export const jiraClassifier: ErrorClassifier = (outcome, context) => {
  const resolution = defaultClassifier(outcome, context);
  if (resolution.action !== 'rateLimited' || resolution.waitMs !== undefined || outcome.kind !== 'response') {
    return resolution;
  }
  const waitMs = jiraRateLimitWaitMs(outcome.response.headers, context.nowMs);
  return waitMs === undefined ? resolution : { ...resolution, waitMs };
};

/** Wait in ms from Jira's rate-limit headers other than `Retry-After`, or undefined. */
export function jiraRateLimitWaitMs(headers: Readonly<Record<string, string>>, nowMs: number): number | undefined {
  const reset = headers['x-ratelimit-reset'];
  if (reset !== undefined && /^\d{4}-\d{2}-\d{2}T/.test(reset)) {
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs) + CLOCK_SKEW_MARGIN_MS;
  }
  const interval = Number(headers['x-ratelimit-interval-seconds']);
  if (Number.isFinite(interval) && interval > 0) return interval * 1000;
  return undefined;
}

/** {@link jiraClassifier}, except that a 404 is "no data": an issue deleted while the sync ran. */
export const notFoundIgnored: ErrorClassifier = (outcome, context) =>
  outcome.kind === 'response' && outcome.response.status === 404
    ? { action: 'ignore' }
    : jiraClassifier(outcome, context);
