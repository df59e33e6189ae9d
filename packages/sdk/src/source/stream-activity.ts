import { AsyncLocalStorage } from 'node:async_hooks';
import type { StreamDescriptor } from '../protocol/generated.js';

/** What code running inside a stream's read may tell the runtime about that stream. */
export interface StreamActivity {
  /** The stream being read. */
  readonly stream: StreamDescriptor;
  /** The stream waits for an API quota until `untilEpochMs`: the runtime emits RUNNING with a RATE_LIMITED reason. */
  rateLimited(untilEpochMs: number): void;
  /** One API call was made (counted for the sync summary). */
  apiCall(): void;
}

const storage = new AsyncLocalStorage<StreamActivity>();

/**
 * The stream whose read is running in the current async context, if any. The HTTP client uses it
 * to report rate-limit waits without every connector wiring a callback through.
 */
export function currentStreamActivity(): StreamActivity | undefined {
  return storage.getStore();
}

/** Runs `fn` with `activity` as the current stream activity. */
export function withStreamActivity<T>(activity: StreamActivity, fn: () => T): T {
  return storage.run(activity, fn);
}
