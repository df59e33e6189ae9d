import type { GithubApp } from '../github-app.js';
import { ACTIONS_ROUTES } from './actions-routes.js';
import { appRoutes } from './app-routes.js';
import { ISSUE_ROUTES } from './issue-routes.js';
import { authenticatedUserRoute, ORG_ROUTES } from './org-routes.js';
import { PULL_ROUTES } from './pull-routes.js';
import { contributorStatsRoute, REPO_ROUTES } from './repo-routes.js';
import type { RestRoute } from './rest-route.js';

/** The path templates of every REST operation the simulator serves (without `/rate_limit`'s handler state). */
export function githubRestRoutes(app: GithubApp, now: () => number, rateLimit: RestRoute): RestRoute[] {
  return [
    ...REPO_ROUTES,
    contributorStatsRoute(new Set()),
    ...PULL_ROUTES,
    ...ISSUE_ROUTES,
    ...ACTIONS_ROUTES,
    ...ORG_ROUTES,
    authenticatedUserRoute(),
    ...appRoutes(app, now),
    rateLimit,
  ];
}
