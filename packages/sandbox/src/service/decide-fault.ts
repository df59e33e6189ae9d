import { faultDraw, type RequestIdentity } from './fault-draw.js';
import type { FaultSettings } from './fault-settings.js';

/** What the fault model does to one request. */
export type FaultDecision =
  | { readonly kind: 'pass' }
  /** Answer with this status (a proxy's 502, an overloaded 503) instead of calling the service. */
  | { readonly kind: 'status'; readonly status: 502 | 503 }
  /** Destroy the connection without an answer (the client sees a reset / socket hang up). */
  | { readonly kind: 'reset' }
  /** Trip the rate limit for this method + target; `variant` in [0, 1) picks the style's answer. */
  | { readonly kind: 'rate-limit'; readonly variant: number }
  /** Call the service after waiting this long. */
  | { readonly kind: 'delay'; readonly ms: number };

/** How far back {@link decideFault} looks for the start of a run of faulted draws. */
export const FAULT_RUN_LOOKBACK = 1024;

const drawsFault = (identity: RequestIdentity, attempt: number, share: number): boolean =>
  faultDraw({ ...identity, attempt }, 'fault') < share;

/**
 * Whether the attempt faults under `share` with at most `maxConsecutive` faults in a row: the attempt's
 * `fault` draw is below `share`, and within the run of consecutive attempts whose draws are below `share`
 * (looking back at most {@link FAULT_RUN_LOOKBACK} attempts), its position `p` (0-based) satisfies
 * `p mod (maxConsecutive + 1) ≠ maxConsecutive`. So a client that retries `maxConsecutive` times always
 * gets through, and the answer depends on the attempt number only, never on other paths' traffic.
 */
export function attemptFaults(identity: RequestIdentity, share: number, maxConsecutive: number): boolean {
  const { attempt } = identity;
  if (!drawsFault(identity, attempt, share)) return false;
  let start = attempt;
  while (start > 0 && attempt - start < FAULT_RUN_LOOKBACK && drawsFault(identity, start - 1, share)) start--;
  return (attempt - start) % (maxConsecutive + 1) !== maxConsecutive;
}

/**
 * The fault for one request: a pure function of the settings and (seed, method, target, attempt).
 * - `none`: pass.
 * - `flaky`: when {@link attemptFaults}, the `kind` draw picks 502 (below 1/3), 503 (below 2/3) or a reset.
 * - `rate-limited`: when {@link attemptFaults}, trip the limit (the service keeps it until the reset time).
 * - `slow`: every request waits `latencyMs × (0.5 + delay draw)`, rounded.
 * - `down`: a reset (the service stops listening; this only meets requests already on an open socket).
 */
export function decideFault(settings: FaultSettings, identity: RequestIdentity): FaultDecision {
  switch (settings.profile) {
    case 'none':
      return { kind: 'pass' };
    case 'down':
      return { kind: 'reset' };
    case 'slow':
      return { kind: 'delay', ms: Math.round(settings.latencyMs * (0.5 + faultDraw(identity, 'delay'))) };
    case 'flaky': {
      if (!attemptFaults(identity, settings.share, settings.maxConsecutive)) return { kind: 'pass' };
      const kind = faultDraw(identity, 'kind');
      if (kind < 1 / 3) return { kind: 'status', status: 502 };
      if (kind < 2 / 3) return { kind: 'status', status: 503 };
      return { kind: 'reset' };
    }
    case 'rate-limited':
      if (!attemptFaults(identity, settings.share, settings.maxConsecutive)) return { kind: 'pass' };
      return { kind: 'rate-limit', variant: faultDraw(identity, 'variant') };
  }
}
