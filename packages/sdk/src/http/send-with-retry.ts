import { isAxiosError } from 'axios';
import type { SecretMasker } from '../config/secret-masker.js';
import { AirbyteError, systemError, transientError } from '../errors/airbyte-error.js';
import type { Logger } from '../io/connector-output.js';
import { currentStreamActivity } from '../source/stream-activity.js';
import { toTransportError } from './axios-send.js';
import { backoffDelayMs } from './backoff-delay.js';
import type { ErrorClassifier, HttpOutcome, Resolution } from './default-classifier.js';
import { describeRequest, httpError } from './http-error.js';
import type { HttpRequest, HttpResponse, Send } from './http-request.js';
import { TransportError } from './transport-error.js';

/** Retry limits. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 5. */
  readonly maxRetries?: number;
  /** First backoff wait. Default 1 s. */
  readonly baseDelayMs?: number;
  /** Longest backoff wait. Default 60 s. */
  readonly maxDelayMs?: number;
  /** Longest total wait for one request, rate-limit waits included. Default 10 min. */
  readonly maxTotalWaitMs?: number;
}

/** Called before waiting for a rate limit; `attempt` is the number of the attempt that will follow. */
export type RateLimitListener = (waitMs: number, untilEpochMs: number, attempt: number) => void;

/** Everything the retry loop needs, resolved by the client. */
export interface RetryContext {
  readonly retry: Required<RetryOptions>;
  readonly classify: ErrorClassifier;
  readonly masker: SecretMasker;
  readonly logger: Logger | undefined;
  readonly onRateLimit: RateLimitListener | undefined;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
}

/** Default retry limits. */
export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxRetries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxTotalWaitMs: 600_000,
};

/**
 * Sends `request`, classifies each outcome and carries out the decision: return, wait and retry,
 * or throw an {@link AirbyteError}. Decisions come from the classifier; this loop only executes them.
 */
export async function sendWithRetry(send: Send, request: HttpRequest, ctx: RetryContext): Promise<HttpResponse> {
  const classify = request.classify ?? ctx.classify;
  let waitedMs = 0;
  for (let attempt = 1; ; attempt++) {
    currentStreamActivity()?.apiCall();
    const outcome = await attemptOnce(send, request, ctx.masker);
    const resolution = classify(outcome, { attempt, nowMs: ctx.now() });
    if (resolution.action === 'ok' || resolution.action === 'ignore') {
      if (outcome.kind === 'response') return { ...outcome.response, ignored: resolution.action === 'ignore' };
      throw httpError(outcome, { ...resolution, action: 'fail' }, { attempts: attempt, waitedMs }, ctx.masker);
    }
    if (resolution.action === 'fail') throw httpError(outcome, resolution, { attempts: attempt, waitedMs }, ctx.masker);

    const waitMs = Math.max(0, resolution.waitMs ?? backoffDelayMs(attempt, ctx.retry, ctx.random));
    const gaveUp =
      attempt > ctx.retry.maxRetries
        ? `no retries left, maxRetries is ${ctx.retry.maxRetries}`
        : waitedMs + waitMs > ctx.retry.maxTotalWaitMs
          ? `waiting ${seconds(waitMs)} more would exceed the ${seconds(ctx.retry.maxTotalWaitMs)} wait budget`
          : undefined;
    if (gaveUp) throw httpError(outcome, resolution, { attempts: attempt, waitedMs, gaveUp }, ctx.masker);

    report(outcome, resolution, waitMs, attempt, ctx);
    await wait(waitMs, request, ctx);
    waitedMs += waitMs;
  }
}

async function attemptOnce(send: Send, request: HttpRequest, masker: SecretMasker): Promise<HttpOutcome> {
  try {
    return { kind: 'response', request, response: await send(request) };
  } catch (error) {
    if (AirbyteError.is(error)) throw error;
    // A hook may have called axios itself: its errors are transport failures like ours.
    const transport = error instanceof TransportError || isAxiosError(error) ? toTransportError(error) : undefined;
    if (transport) return { kind: 'network', request, code: transport.code, message: transport.message };
    // Anything else is a bug in a hook; keep its text (masked) but not the object, which may hold secrets.
    const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    throw systemError(masker.mask(`${describeRequest(request, masker)} failed in a request hook: ${firstLine(text)}`), {
      internalMessage: masker.mask(text),
    });
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

function report(outcome: HttpOutcome, resolution: Resolution, waitMs: number, attempt: number, ctx: RetryContext) {
  const what = outcome.kind === 'response' ? `HTTP ${outcome.response.status}` : `${outcome.message} (${outcome.code})`;
  const request = describeRequest(outcome.request, ctx.masker);
  if (resolution.action === 'rateLimited') {
    const untilEpochMs = ctx.now() + waitMs;
    ctx.logger?.info(
      ctx.masker.mask(
        `${request}: rate limited (${what}); waiting ${seconds(waitMs)} until ${new Date(untilEpochMs).toISOString()}`,
      ),
    );
    currentStreamActivity()?.rateLimited(untilEpochMs);
    ctx.onRateLimit?.(waitMs, untilEpochMs, attempt + 1);
  } else {
    ctx.logger?.warn(
      ctx.masker.mask(`${request}: ${what}; retry ${attempt}/${ctx.retry.maxRetries} in ${seconds(waitMs)}`),
    );
  }
}

async function wait(waitMs: number, request: HttpRequest, ctx: RetryContext): Promise<void> {
  if (waitMs <= 0) return;
  try {
    await ctx.sleep(waitMs, request.signal);
  } catch (error) {
    if (AirbyteError.is(error)) throw error;
    // Only an abort ends a wait early; its reason may be anything, so it is not attached.
    throw transientError(`${describeRequest(request, ctx.masker)} aborted while waiting to retry`);
  }
}

function seconds(ms: number): string {
  return ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`;
}
