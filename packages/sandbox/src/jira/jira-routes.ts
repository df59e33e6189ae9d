import { AGILE_ROUTES } from './jira-agile-routes.js';
import { DEV_STATUS_ROUTES } from './jira-dev-status.js';
import { PLATFORM_ROUTES } from './jira-platform-routes.js';
import { type JiraRoute, matchTemplate } from './jira-route.js';
import { SEARCH_ROUTES } from './jira-search-routes.js';
import { SOFTWARE_ROUTES } from './jira-software-routes.js';
import type { JiraFlavor } from './jira-view.js';

/** Every endpoint the Jira simulators serve, per flavor (the fidelity test walks this table). */
export const JIRA_ROUTES: readonly JiraRoute[] = [
  ...PLATFORM_ROUTES,
  ...SEARCH_ROUTES,
  ...AGILE_ROUTES,
  ...SOFTWARE_ROUTES,
  ...DEV_STATUS_ROUTES,
];

/** What a method and path resolve to: a route with its parameters, a path served with other methods, or nothing. */
export type RouteMatch =
  | { readonly kind: 'route'; readonly route: JiraRoute; readonly params: Record<string, string> }
  | { readonly kind: 'method'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

/** Finds the route of a request for one flavor; templates with fewer parameters win (`/project/search` over `/project/{key}`). */
export function findRoute(flavor: JiraFlavor, method: string, pathname: string): RouteMatch {
  const candidates: { route: JiraRoute; params: Record<string, string> }[] = [];
  for (const route of JIRA_ROUTES) {
    if (route.flavor !== flavor) continue;
    const params = matchTemplate(route.path, pathname);
    if (params) candidates.push({ route, params });
  }
  if (candidates.length === 0) return { kind: 'none' };
  const fewest = Math.min(...candidates.map((c) => Object.keys(c.params).length));
  const best = candidates.filter((c) => Object.keys(c.params).length === fewest);
  const hit = best.find((c) => c.route.method === method);
  return hit ? { kind: 'route', ...hit } : { kind: 'method', allowed: best.map((c) => c.route.method) };
}

/** The endpoint a request is counted under: `METHOD template`, or `METHOD pathname` for unknown paths. */
export function jiraRouteOf(flavor: JiraFlavor): (method: string, pathname: string) => string {
  return (method, pathname) => {
    const match = findRoute(flavor, method, pathname);
    return match.kind === 'route' ? `${method} ${match.route.path}` : `${method} ${pathname}`;
  };
}
