import { describe, expect, it } from 'vitest';
import { rateLimitAnswer, tripEnd } from './rate-limit-answer.js';

const now = Date.UTC(2026, 0, 15, 10, 20, 30, 400);

describe('rateLimitAnswer', () => {
  it('GitHub primary limit: 403, remaining 0, a whole-second reset in epoch seconds, no retry-after', () => {
    const untilMs = tripEnd('github', 0.1, now, 1);
    expect(untilMs % 1000).toBe(0);
    expect(untilMs).toBeGreaterThanOrEqual(now + 1000);
    const answer = rateLimitAnswer('github', { untilMs, variant: 0.1 }, now);
    expect(answer.status).toBe(403);
    expect(answer.headers).toMatchObject({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(untilMs / 1000),
      'x-ratelimit-resource': 'core',
    });
    expect(answer.headers['retry-after']).toBeUndefined();
    expect(JSON.parse(answer.body).message).toMatch(/^API rate limit exceeded/);
  });

  it('GitHub 429 carries retry-after; the secondary 403 says "secondary rate limit" and keeps remaining above 0', () => {
    const untilMs = tripEnd('github', 0.5, now, 3);
    expect(untilMs).toBe(now + 3000);
    const limited = rateLimitAnswer('github', { untilMs, variant: 0.5 }, now);
    expect(limited.status).toBe(429);
    expect(limited.headers).toMatchObject({ 'retry-after': '3', 'x-ratelimit-remaining': '0' });

    const secondary = rateLimitAnswer('github', { untilMs, variant: 0.9 }, now);
    expect(secondary.status).toBe(403);
    expect(secondary.headers['retry-after']).toBe('3');
    expect(Number(secondary.headers['x-ratelimit-remaining'])).toBeGreaterThan(0);
    expect(JSON.parse(secondary.body).message).toMatch(/\bsecondary rate limit\b/);
  });

  it('Jira: 429 with Retry-After in seconds and an ISO reset rounded up to the minute', () => {
    const answer = rateLimitAnswer('jira', { untilMs: now + 1500, variant: 0 }, now);
    expect(answer.status).toBe(429);
    expect(answer.headers).toMatchObject({
      'retry-after': '2',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '2026-01-15T10:21Z',
      'ratelimit-reason': 'jira-burst-based',
    });
    expect(JSON.parse(answer.body)).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
  });

  it('Jira Data Center: 429 with the token-bucket headers and no reset time', () => {
    const answer = rateLimitAnswer('jiraDataCenter', { untilMs: now + 2500, variant: 0 }, now);
    expect(answer.status).toBe(429);
    expect(answer.headers).toMatchObject({
      'retry-after': '3',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-interval-seconds': '1',
      'x-ratelimit-fillrate': '10',
    });
    expect(answer.headers['x-ratelimit-reset']).toBeUndefined();
    expect(JSON.parse(answer.body)).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
  });

  it('generic: 429 with Retry-After, never below 1 s, and an epoch-seconds reset', () => {
    const answer = rateLimitAnswer('generic', { untilMs: now + 200, variant: 0 }, now);
    expect(answer.status).toBe(429);
    expect(answer.headers).toMatchObject({
      'retry-after': '1',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil((now + 200) / 1000)),
    });
  });
});
