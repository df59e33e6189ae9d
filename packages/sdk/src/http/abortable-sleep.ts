import { setTimeout as delay } from 'node:timers/promises';

/** Waits `ms`; rejects as soon as `signal` aborts, so a stopped sync does not sit out a rate limit. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, signal ? { signal } : undefined);
}
