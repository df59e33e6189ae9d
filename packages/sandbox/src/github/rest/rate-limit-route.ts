import type { RateBudgets } from './rate-limits.js';
import type { RestRoute } from './rest-route.js';

/** `GET /rate_limit`: the caller's budgets; free (not counted). */
export function rateLimitRoute(budgets: RateBudgets): RestRoute {
  return {
    method: 'GET',
    path: '/rate_limit',
    free: true,
    handle(req) {
      const credential = req.credential;
      const pick = ({ limit, remaining, used, reset }: ReturnType<RateBudgets['peek']>) => ({
        limit,
        remaining,
        used,
        reset,
      });
      const core = pick(budgets.peek(credential, 'core'));
      return {
        status: 200,
        body: {
          resources: {
            core,
            graphql: pick(budgets.peek(credential, 'graphql')),
            search: pick(budgets.peek(credential, 'search')),
          },
          rate: core,
        },
      };
    },
  };
}
