import { randomUUID } from 'node:crypto';
import { currentStreamActivity } from '@faros-ce/sdk';
import { createAppAuth } from '@octokit/auth-app';
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { GithubConfig } from '../generated/config.js';
import { type RateLimitLogger, RateLimitPolicy } from './rate-limit-policy.js';

// The plugins add options, not methods the source calls: the instance is typed as a plain Octokit.
const PluggedOctokit: typeof Octokit = Octokit.plugin(throttling, retry);

/** The Octokit the source uses: REST, GraphQL (`octokit.graphql`), throttling and retries. */
export type GithubOctokit = Octokit;

/** Knobs tests turn; defaults are GitHub's pace. */
export interface GithubClientOptions {
  /** Base of the retry plugin's quadratic backoff (ms; default 1000). */
  readonly retryBaseMs?: number;
  /** Milliseconds per second of a rate limit's `retry-after` (default 1000). */
  readonly rateLimitMsPerSecond?: number;
}

/** The REST API root of a config, without a trailing slash. */
export function apiUrlOf(config: GithubConfig): string {
  return (config.api_url ?? 'https://api.github.com').replace(/\/+$/, '');
}

// GraphQL reads need no spacing; the plugin's default spaces GraphQL calls one second apart as if they
// were writes. This stands in for its `write` limiter group (we make no writes).
const passThroughGroup = {
  key: () => ({
    schedule: <T>(_options: unknown, task: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> =>
      task(...args),
  }),
};

/**
 * Builds the Octokit of one source run: token or GitHub App auth, the throttling plugin waiting on
 * primary and secondary limits (bounded by `max_rate_limit_wait_minutes`), the retry plugin for 5xx
 * and connection errors (not for 409, GitHub's empty-repository answer), and a count of API calls per
 * stream. Limiters are keyed by a per-client id, so two clients never share a queue.
 */
export function createGithubClient(
  config: GithubConfig,
  logger: RateLimitLogger,
  options: GithubClientOptions = {},
): GithubOctokit {
  const policy = new RateLimitPolicy(
    (config.max_rate_limit_wait_minutes ?? 65) * 60_000,
    logger,
    options.rateLimitMsPerSecond ?? 1000,
  );
  const credentials = config.credentials;
  const auth =
    credentials.option_title === 'GitHub App Credentials'
      ? {
          authStrategy: createAppAuth,
          auth: {
            appId: credentials.app_id,
            privateKey: credentials.private_key,
            installationId: credentials.installation_id,
          },
        }
      : { auth: credentials.personal_access_token };
  const octokit = new PluggedOctokit({
    ...auth,
    baseUrl: apiUrlOf(config),
    userAgent: 'faros-ce-source-github',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.warn(m), error: (m: string) => logger.warn(m) },
    request: { headers: { 'x-github-api-version': '2022-11-28' } },
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451], retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      id: randomUUID(),
      retryAfterBaseValue: options.rateLimitMsPerSecond ?? 1000,
      write: passThroughGroup as unknown as Extract<ThrottlingOptions, { onRateLimit: unknown }>['write'],
      onRateLimit: (retryAfter: number, request: { method: string; url: string }) =>
        policy.onLimit('primary', retryAfter, `${request.method} ${request.url}`),
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }) =>
        policy.onLimit('secondary', retryAfter, `${request.method} ${request.url}`),
    },
  });
  octokit.hook.before('request', () => {
    currentStreamActivity()?.apiCall();
  });
  return octokit;
}
