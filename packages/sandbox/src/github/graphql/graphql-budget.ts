/** GitHub's hourly GraphQL budget for a user or an installation. */
export const DEFAULT_GRAPHQL_POINTS_PER_HOUR = 5000;
const WINDOW_MS = 60 * 60 * 1000;

/** One viewer's budget at a moment: what `rateLimit` and the `x-ratelimit-*` headers report. */
export interface BudgetState {
  readonly limit: number;
  readonly used: number;
  readonly remaining: number;
  /** Epoch ms when the window ends and the budget refills. */
  readonly resetAt: number;
}

/**
 * Per-viewer point budgets over hourly windows, as GitHub keeps them: a window opens at a viewer's
 * first query and refills the whole budget an hour later.
 */
export class GraphqlBudget {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly limit: number = DEFAULT_GRAPHQL_POINTS_PER_HOUR) {}

  /** The budget of `viewer` at `now`. */
  state(viewer: string, now: number): BudgetState {
    const window = this.window(viewer, now);
    return {
      limit: this.limit,
      used: window.used,
      remaining: Math.max(0, this.limit - window.used),
      resetAt: window.start + WINDOW_MS,
    };
  }

  /** Charges `cost` points if the window still has them; false (nothing charged) when it has not. */
  charge(viewer: string, cost: number, now: number): boolean {
    const window = this.window(viewer, now);
    if (this.limit - window.used < cost) return false;
    window.used += cost;
    return true;
  }

  private window(viewer: string, now: number): { start: number; used: number } {
    let window = this.windows.get(viewer);
    if (!window || now >= window.start + WINDOW_MS) {
      window = { start: now, used: 0 };
      this.windows.set(viewer, window);
    }
    return window;
  }
}
