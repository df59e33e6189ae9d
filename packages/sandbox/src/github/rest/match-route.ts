import type { RestRoute } from './rest-route.js';

/** A route matched to a path, with its parameters. */
export interface RouteMatch {
  readonly route: RestRoute;
  readonly params: Record<string, string>;
}

// Parameters that may hold slashes when they end the template (refs such as `heads/feature/x`).
const GREEDY = new Set(['ref']);

function matchOne(route: RestRoute, segments: readonly string[]): Record<string, string> | undefined {
  const template = route.path.split('/').slice(1);
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const part = template[i] as string;
    const segment = segments[i];
    if (segment === undefined || segment === '') return undefined;
    if (part.startsWith('{')) {
      const name = part.slice(1, -1);
      if (i === template.length - 1 && GREEDY.has(name)) {
        params[name] = segments.slice(i).map(decodeURIComponent).join('/');
        return params;
      }
      params[name] = decodeURIComponent(segment);
    } else if (part !== segment) {
      return undefined;
    }
  }
  return segments.length === template.length ? params : undefined;
}

const literalCount = (route: RestRoute): number => route.path.split('/').filter((p) => p && !p.startsWith('{')).length;

/**
 * The route serving `method pathname`: where several templates match, the one with the most literal
 * segments wins (`/pulls/comments` over `/pulls/{pull_number}`), as GitHub routes them.
 */
export function matchRoute(routes: readonly RestRoute[], method: string, pathname: string): RouteMatch | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/').slice(1);
  let best: RouteMatch | undefined;
  for (const route of routes) {
    if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
    const params = matchOne(route, segments);
    if (params !== undefined && (best === undefined || literalCount(route) > literalCount(best.route))) {
      best = { route, params };
    }
  }
  return best;
}

/** Whether some route serves the path with another method (GitHub then answers 404 too, but we know why). */
export function pathKnown(routes: readonly RestRoute[], pathname: string): boolean {
  const segments = pathname.replace(/\/+$/, '').split('/').slice(1);
  return routes.some((route) => matchOne(route, segments) !== undefined);
}
