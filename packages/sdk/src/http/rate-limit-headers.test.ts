import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff-delay.js';
import { defaultClassifier, type HttpOutcome } from './default-classifier.js';
import { isQuotaExhausted, rateLimitWaitMs, retryAfterMs } from './rate-limit-headers.js';

const NOW = 1_700_000_000_000;

describe('rate-limit headers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(new Date(NOW + 5000).toUTCString(), NOW)).toBe(5000);
    expect(retryAfterMs(new Date(NOW - 5000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs(undefined, NOW)).toBeUndefined();
  });

  it('prefers Retry-After, then X-RateLimit-Reset, then RateLimit-Reset', () => {
    const reset = String(NOW / 1000 + 10);
    expect(rateLimitWaitMs({ 'retry-after': '3', 'x-ratelimit-reset': reset }, NOW)).toBe(3000);
    expect(rateLimitWaitMs({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, NOW)).toBe(11_000);
    expect(rateLimitWaitMs({ 'ratelimit-remaining': '0', 'ratelimit-reset': '8' }, NOW)).toBe(8000);
  });

  it('ignores reset headers while quota remains, and reads small X-RateLimit-Reset values as delays', () => {
    expect(
      rateLimitWaitMs({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': String(NOW / 1000 + 10) }, NOW),
    ).toBeUndefined();
    expect(rateLimitWaitMs({ 'x-ratelimit-reset': '30' }, NOW)).toBe(30_000);
    expect(rateLimitWaitMs({}, NOW)).toBeUndefined();
  });

  it('knows when the quota is used up', () => {
    expect(isQuotaExhausted({ 'x-ratelimit-remaining': '0' })).toBe(true);
    expect(isQuotaExhausted({ 'ratelimit-remaining': '0' })).toBe(true);
    expect(isQuotaExhausted({ 'x-ratelimit-remaining': '1' })).toBe(false);
    expect(isQuotaExhausted({})).toBe(false);
  });
});

describe('defaultClassifier', () => {
  const request = { url: 'https://api.example.com/x' };
  const response = (status: number, headers: Record<string, string> = {}): HttpOutcome => ({
    kind: 'response',
    request,
    response: { status, statusText: '', headers, data: null, request, ignored: false },
  });
  const network = (code: string): HttpOutcome => ({ kind: 'network', request, code, message: code });
  const ctx = { attempt: 1, nowMs: NOW };

  it('maps statuses and codes to actions and failure types', () => {
    expect(defaultClassifier(response(200), ctx).action).toBe('ok');
    expect(defaultClassifier(response(304), ctx).action).toBe('ok');
    expect(defaultClassifier(response(429, { 'retry-after': '2' }), ctx)).toMatchObject({
      action: 'rateLimited',
      waitMs: 2000,
    });
    expect(defaultClassifier(response(403, { 'x-ratelimit-remaining': '0' }), ctx).action).toBe('rateLimited');
    expect(defaultClassifier(response(403, { 'retry-after': '60' }), ctx).action).toBe('rateLimited'); // GitHub secondary limit
    expect(defaultClassifier(response(403), ctx)).toMatchObject({ action: 'fail', failureType: 'config_error' });
    expect(defaultClassifier(response(401), ctx)).toMatchObject({ action: 'fail', failureType: 'config_error' });
    expect(defaultClassifier(response(404), ctx)).toMatchObject({ action: 'fail', failureType: 'system_error' });
    expect(defaultClassifier(response(408), ctx).action).toBe('retry');
    expect(defaultClassifier(response(502, { 'retry-after': '4' }), ctx)).toMatchObject({
      action: 'retry',
      waitMs: 4000,
    });
    expect(defaultClassifier(network('ECONNRESET'), ctx)).toMatchObject({
      action: 'retry',
      failureType: 'transient_error',
    });
    expect(defaultClassifier(network('ERR_CANCELED'), ctx)).toMatchObject({
      action: 'fail',
      failureType: 'transient_error',
    });
    expect(defaultClassifier(network('ERR_FR_TOO_MANY_REDIRECTS'), ctx)).toMatchObject({
      action: 'fail',
      failureType: 'system_error',
    });
  });
});

describe('backoffDelayMs', () => {
  it('doubles from the base, caps at the maximum, and jitters into the upper half', () => {
    const options = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4].map((retry) => backoffDelayMs(retry, options, () => 1))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoffDelayMs(2, options, () => 0)).toBe(1000);
  });
});
