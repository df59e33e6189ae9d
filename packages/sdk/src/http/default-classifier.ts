import type { FailureType } from '../protocol/generated.js';
import type { HttpRequest, HttpResponse } from './http-request.js';
import { isQuotaExhausted, rateLimitWaitMs, retryAfterMs } from './rate-limit-headers.js';

/** What one attempt produced: a response (of any status) or a transport failure. */
export type HttpOutcome =
  | { readonly kind: 'response'; readonly request: HttpRequest; readonly response: HttpResponse }
  | {
      readonly kind: 'network';
      readonly request: HttpRequest;
      /** A Node or axios error code: `ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`, `ERR_CANCELED`... */
      readonly code: string;
      /** The transport's description, without request details. */
      readonly message: string;
    };

/**
 * What to do with an outcome: return the response (`ok`), return it marked as ignored (`ignore`,
 * responses only), retry after a backoff (`retry`), wait for a quota (`rateLimited`), or throw (`fail`).
 */
export type ResolutionAction = 'ok' | 'ignore' | 'retry' | 'rateLimited' | 'fail';

/** A classifier's decision; the retry loop carries it out. */
export interface Resolution {
  readonly action: ResolutionAction;
  /** The error's failure type on `fail`, and when retries run out (default `transient_error`). */
  readonly failureType?: FailureType;
  /** Wait before the retry; when absent, exponential backoff with jitter. */
  readonly waitMs?: number;
  /** A hint for the user, appended to the error message. */
  readonly message?: string;
}

/** What a classifier knows besides the outcome. */
export interface ClassifyContext {
  /** 1 for the first attempt, 2 for the first retry... */
  readonly attempt: number;
  /** The client's clock, for reset headers that carry a time. */
  readonly nowMs: number;
}

/**
 * Decides what to do with an outcome. Connectors override some cases and delegate the rest:
 *
 * @example
 * const classify: ErrorClassifier = (outcome, ctx) =>
 *   outcome.kind === 'response' && outcome.response.status === 404 ? { action: 'ignore' } : defaultClassifier(outcome, ctx);
 */
export type ErrorClassifier = (outcome: HttpOutcome, context: ClassifyContext) => Resolution;

// Transport failures a new attempt may not have.
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/**
 * The default decisions: 2xx/3xx `ok`; 429, and 403/401 whose headers say the quota is used up or
 * ask to retry later, `rateLimited` (waiting as the headers say); 408 and 5xx `retry` (honouring
 * `Retry-After`); other 401/403 `config_error`; other 4xx `system_error`; connection failures and
 * timeouts `retry`; an aborted request fails as `transient_error`; other transport errors `system_error`.
 */
export function defaultClassifier(outcome: HttpOutcome, context: ClassifyContext): Resolution {
  if (outcome.kind === 'network') {
    if (RETRYABLE_CODES.has(outcome.code)) return { action: 'retry', failureType: 'transient_error' };
    if (outcome.code === 'ERR_CANCELED') return { action: 'fail', failureType: 'transient_error' };
    return { action: 'fail', failureType: 'system_error' };
  }
  const { status, headers } = outcome.response;
  if (status < 400) return { action: 'ok' };
  const isRateLimit =
    status === 429 ||
    ((status === 403 || status === 401) && (isQuotaExhausted(headers) || headers['retry-after'] !== undefined));
  if (isRateLimit) {
    return { action: 'rateLimited', failureType: 'transient_error', waitMs: rateLimitWaitMs(headers, context.nowMs) };
  }
  if (status === 408 || status >= 500) {
    return {
      action: 'retry',
      failureType: 'transient_error',
      waitMs: retryAfterMs(headers['retry-after'], context.nowMs),
    };
  }
  if (status === 401) {
    return { action: 'fail', failureType: 'config_error', message: 'Check the credentials in the configuration.' };
  }
  if (status === 403) {
    return {
      action: 'fail',
      failureType: 'config_error',
      message: 'Check the permissions of the configured credentials.',
    };
  }
  return { action: 'fail', failureType: 'system_error' };
}
