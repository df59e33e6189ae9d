import type { SandboxServiceDefinition } from '../sandbox/sandbox-service-definition.js';
import { createJenkinsHandler } from './jenkins-handler.js';
import { jenkinsRouteOf } from './jenkins-routes.js';

/** The Jenkins user the sandbox's controller knows. */
export const JENKINS_USER = 'faros';

/**
 * The Jenkins simulator as a sandbox service: one controller over the world's Jenkins tables, one user
 * (`faros`) with a random API token. Jenkins has no rate limits; the `rate-limited` profile answers in
 * the generic style.
 */
export const jenkinsService: SandboxServiceDefinition<'jenkins'> = {
  name: 'jenkins',
  rateLimitStyle: 'generic',
  async start(context) {
    const token = context.credential('jenkins.token');
    const handler = createJenkinsHandler({ world: context.world, user: JENKINS_USER, token });
    return {
      handler,
      routeOf: jenkinsRouteOf,
      connection: (url) => ({ url, user: JENKINS_USER, token }),
      close: async () => {},
    };
  },
};
