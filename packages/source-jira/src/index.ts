// Public API of @faros-ce/source-jira. Named exports only.
export type { JiraFlavor } from './client/jira-client.js';
export type { JiraConfig } from './generated/config.js';
export { JiraSource } from './jira-source.js';
export { jqlDate } from './jql-date.js';
export { spec } from './spec.js';
