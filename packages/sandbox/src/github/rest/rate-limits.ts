/** The budgets of one kind of request, per credential and hour. */
export interface GithubRateLimits {
  /** REST requests per hour and credential (GitHub: 5,000 for tokens). */
  readonly core: number;
  /** GraphQL points per hour and credential (GitHub: 5,000). */
  readonly graphql: number;
  /** Requests per minute to one endpoint before the secondary limit trips (GitHub: 900 points). */
  readonly perEndpointPerMinute: number;
  /** Requests of one credential in flight at once before the secondary limit trips (GitHub: 100). */
  readonly concurrent: number;
}

/** GitHub's own numbers. */
export const GITHUB_RATE_LIMITS: GithubRateLimits = {
  core: 5000,
  graphql: 5000,
  perEndpointPerMinute: 900,
  concurrent: 100,
};

/**
 * The sandbox's default: GitHub's shape, budgets large enough that test syncs of a `large` world never
 * run out (a source that must see exhaustion starts the service with smaller ones).
 */
export const SANDBOX_RATE_LIMITS: GithubRateLimits = {
  core: 1_000_000,
  graphql: 1_000_000,
  perEndpointPerMinute: 100_000,
  concurrent: 100,
};

/** The state of one budget, as the `x-ratelimit-*` headers and `/rate_limit` report it. */
export interface BudgetState {
  readonly limit: number;
  readonly remaining: number;
  readonly used: number;
  /** Epoch seconds at which the window ends. */
  readonly reset: number;
  readonly resource: string;
}

interface Window {
  startMs: number;
  used: number;
}

/** Hourly budgets per credential and resource, on the real clock; windows start at the first request. */
export class RateBudgets {
  private readonly windows = new Map<string, Window>();
  private readonly minutes = new Map<string, Window>();
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly limits: GithubRateLimits,
    private readonly now: () => number,
  ) {}

  private window(credential: string, resource: string): Window {
    const key = `${credential} ${resource}`;
    const now = this.now();
    let w = this.windows.get(key);
    if (w === undefined || now >= w.startMs + 3_600_000) {
      w = { startMs: now, used: 0 };
      this.windows.set(key, w);
    }
    return w;
  }

  /** The budget as it stands (no request taken). */
  peek(credential: string, resource: 'core' | 'graphql' | 'search'): BudgetState {
    const w = this.window(credential, resource);
    const limit = resource === 'graphql' ? this.limits.graphql : resource === 'search' ? 30 : this.limits.core;
    return {
      limit,
      remaining: Math.max(0, limit - w.used),
      used: w.used,
      reset: Math.ceil((w.startMs + 3_600_000) / 1000),
      resource,
    };
  }

  /** Takes `cost` from the budget; returns the state after (remaining 0 and unchanged when exhausted). */
  take(credential: string, resource: 'core' | 'graphql', cost = 1): BudgetState {
    const before = this.peek(credential, resource);
    if (before.remaining >= cost) this.window(credential, resource).used += cost;
    return this.peek(credential, resource);
  }

  /** Seconds to wait when `credential` has made too many requests to `endpoint` this minute, else 0. */
  secondaryWait(credential: string, endpoint: string): number {
    const key = `${credential} ${endpoint}`;
    const now = this.now();
    let w = this.minutes.get(key);
    if (w === undefined || now >= w.startMs + 60_000) {
      w = { startMs: now, used: 0 };
      this.minutes.set(key, w);
    }
    w.used += 1;
    return w.used > this.limits.perEndpointPerMinute ? Math.max(1, Math.ceil((w.startMs + 60_000 - now) / 1000)) : 0;
  }

  /** Marks a request of `credential` in flight; false (and nothing marked) when too many already are. */
  enter(credential: string): boolean {
    const count = this.inFlight.get(credential) ?? 0;
    if (count >= this.limits.concurrent) return false;
    this.inFlight.set(credential, count + 1);
    return true;
  }

  /** Ends a request `enter` admitted. */
  leave(credential: string): void {
    const count = (this.inFlight.get(credential) ?? 1) - 1;
    if (count <= 0) this.inFlight.delete(credential);
    else this.inFlight.set(credential, count);
  }
}

/** The `x-ratelimit-*` headers of a budget state. */
export function rateLimitHeaders(state: BudgetState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(state.limit),
    'x-ratelimit-remaining': String(state.remaining),
    'x-ratelimit-used': String(state.used),
    'x-ratelimit-reset': String(state.reset),
    'x-ratelimit-resource': state.resource,
  };
}
