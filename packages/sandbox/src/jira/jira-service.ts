import type { SandboxServiceContext, SandboxServiceDefinition } from '../sandbox/sandbox-service-definition.js';
import type { JiraUser, World } from '../world/index.js';
import { JiraAuth } from './jira-auth.js';
import { createJiraHandler } from './jira-handler.js';
import { jiraRouteOf } from './jira-routes.js';
import { JiraSite } from './jira-view.js';

/**
 * The user the sandbox's Jira credentials belong to: the first active person whose time zone isn't
 * UTC, so a source that ignores `myself.timeZone` when it writes JQL dates gets wrong answers.
 */
export function jiraApiUser(world: World): JiraUser {
  const users = [...world.jira.users.values()].filter((u) => u.accountType === 'atlassian' && u.active);
  const user = users.find((u) => u.timeZone !== 'UTC') ?? users[0];
  if (!user) throw new Error('the world has no active Jira user');
  return user;
}

const emailOf = (user: JiraUser): string => user.emailAddress ?? `${user.name}@example.com`;

/** Jira Cloud (REST v3 + Agile 1.0) over the world, basic auth with `email:token`. */
export const jiraService: SandboxServiceDefinition<'jira'> = {
  name: 'jira',
  rateLimitStyle: 'jira',
  async start(context: SandboxServiceContext) {
    const user = jiraApiUser(context.world);
    const token = context.credential('jira.token');
    const site = new JiraSite(context.world, 'cloud', user);
    const auth = new JiraAuth({ flavor: 'cloud', email: emailOf(user), token });
    return {
      handler: createJiraHandler(site, auth),
      routeOf: jiraRouteOf('cloud'),
      connection: (url) => ({ url, email: emailOf(user), token }),
      close: async () => {},
    };
  },
};

/** Jira Data Center (REST v2 + Agile 1.0) over the same world, a personal access token as bearer. */
export const jiraDataCenterService: SandboxServiceDefinition<'jiraDataCenter'> = {
  name: 'jiraDataCenter',
  rateLimitStyle: 'jiraDataCenter',
  async start(context: SandboxServiceContext) {
    const token = context.credential('jiraDataCenter.token');
    const site = new JiraSite(context.world, 'dataCenter', jiraApiUser(context.world));
    return {
      handler: createJiraHandler(site, new JiraAuth({ flavor: 'dataCenter', token })),
      routeOf: jiraRouteOf('dataCenter'),
      connection: (url) => ({ url, token }),
      close: async () => {},
    };
  },
};
