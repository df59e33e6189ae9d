import { matchRoute } from './rest/match-route.js';
import type { RestRoute } from './rest/rest-route.js';

/** The endpoint a GitHub request is counted under: `GET /repos/{owner}/{repo}/pulls`, GraphQL, or as sent. */
export function routeOfGithub(routes: readonly RestRoute[], method: string, pathname: string): string {
  const ghes = pathname === '/api/v3' || pathname.startsWith('/api/v3/');
  const path = ghes ? pathname.slice('/api/v3'.length) || '/' : pathname;
  if (pathname === '/graphql' || pathname === '/api/graphql') return `${method} ${pathname}`;
  const match = matchRoute(routes, method, path);
  return `${method} ${ghes ? '/api/v3' : ''}${match?.route.path ?? path}`;
}
