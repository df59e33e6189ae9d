import type { HttpOutcome } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { jiraClassifier, jiraRateLimitWaitMs } from './jira-classifier.js';

const now = Date.parse('2025-06-02T09:00:00Z');
const response = (status: number, headers: Record<string, string>): HttpOutcome => ({
  kind: 'response',
  request: { url: 'https://x.atlassian.net/rest/api/3/myself' },
  response: { status, statusText: '', headers, data: {}, request: { url: '' }, ignored: false },
});

describe('jiraClassifier', () => {
  it('waits until Cloud’s ISO X-RateLimit-Reset when there is no Retry-After', () => {
    const resolution = jiraClassifier(response(429, { 'x-ratelimit-reset': '2025-06-02T09:01Z' }), {
      attempt: 1,
      nowMs: now,
    });
    expect(resolution).toMatchObject({ action: 'rateLimited', waitMs: 61_000 });
  });

  it('prefers Retry-After', () => {
    const outcome = response(429, { 'retry-after': '3', 'x-ratelimit-reset': '2025-06-02T09:05Z' });
    expect(jiraClassifier(outcome, { attempt: 1, nowMs: now })).toMatchObject({ action: 'rateLimited', waitMs: 3000 });
  });

  it('uses Data Center’s refill interval', () => {
    expect(jiraRateLimitWaitMs({ 'x-ratelimit-interval-seconds': '2', 'x-ratelimit-fillrate': '5' }, now)).toBe(2000);
  });

  it('leaves other outcomes to the SDK', () => {
    expect(jiraClassifier(response(503, {}), { attempt: 1, nowMs: now }).action).toBe('retry');
    expect(jiraClassifier(response(401, {}), { attempt: 1, nowMs: now })).toMatchObject({
      action: 'fail',
      failureType: 'config_error',
    });
  });
});
