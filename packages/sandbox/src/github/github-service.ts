import type { SandboxServiceDefinition } from '../sandbox/sandbox-service-definition.js';
import { extraRepositories, HIDDEN_REPOSITORY_NAME } from './extra-repositories.js';
import { GithubApp } from './github-app.js';
import { createGithubHandler } from './github-handler.js';
import { createGithubGraphqlEndpoint } from './graphql/index.js';
import { rateLimitRoute } from './rest/rate-limit-route.js';
import { type GithubRateLimits, RateBudgets, SANDBOX_RATE_LIMITS } from './rest/rate-limits.js';
import { githubRestRoutes } from './rest/rest-routes.js';
import { routeOfGithub } from './route-of-github.js';

/** Options of the GitHub simulator. */
export interface GithubServiceOptions {
  /** Budgets (default {@link SANDBOX_RATE_LIMITS}: GitHub's shape, generous numbers). */
  readonly rateLimits?: Partial<GithubRateLimits>;
  /** Real clock for budgets and token expiry (default `Date.now`). */
  readonly now?: () => number;
}

/**
 * The GitHub simulator as a sandbox service: REST (also under `/api/v3`) and GraphQL over the world, a
 * personal access token acting as the first member of the first organisation, and a GitHub App installed
 * on that organisation.
 */
export function createGithubService(options: GithubServiceOptions = {}): SandboxServiceDefinition<'github'> {
  return {
    name: 'github',
    rateLimitStyle: 'github',
    async start(context) {
      const world = context.world;
      const now = options.now ?? Date.now;
      const org = world.github.organizations.values().next().value;
      if (org === undefined) throw new Error('the world has no GitHub organisation');
      const user = [...world.github.users].find((u) => u.type === 'User' && u.orgs.includes(org.login));
      if (user === undefined) throw new Error(`the organisation ${org.login} has no members`);
      const app = await GithubApp.create(org.login);
      const token = `ghp_${context.credential('github.token')}`;
      const limits = { ...SANDBOX_RATE_LIMITS, ...options.rateLimits };
      const budgets = new RateBudgets(limits, now);
      const routes = githubRestRoutes(app, now, rateLimitRoute(budgets));
      const extras = extraRepositories(world);
      const handler = createGithubHandler({
        world,
        routes,
        auth: {
          token,
          userLogin: user.login,
          userId: user.id,
          app,
          hidden: new Set([`${org.login}/${HIDDEN_REPOSITORY_NAME}`]),
        },
        budgets,
        // The GraphQL point budget follows the same limits as REST (GitHub: 5,000 points an hour).
        graphql: createGithubGraphqlEndpoint(world, { now, pointsPerHour: limits.graphql, extraRepositories: extras }),
        extraRepositories: extras,
        now,
      });
      return {
        handler,
        routeOf: (method, pathname) => routeOfGithub(routes, method, pathname),
        connection: (url) => ({
          url,
          token,
          app: {
            appId: app.identity.appId,
            installationId: app.identity.installationId,
            privateKey: app.identity.privateKey,
          },
        }),
        close: async () => {},
      };
    },
  };
}

/** The GitHub simulator with the sandbox's default options. */
export const githubService: SandboxServiceDefinition<'github'> = createGithubService();
