// The Jira Cloud and Data Center simulators.

export type { JiraRoute, JiraRouteSpec } from './jira-route.js';
export { JIRA_ROUTES } from './jira-routes.js';
export { jiraApiUser, jiraDataCenterService, jiraService } from './jira-service.js';
export type { JiraFlavor } from './jira-view.js';
