import { githubService } from '../github/github-service.js';
import { jenkinsService } from '../jenkins/jenkins-service.js';
import { jiraDataCenterService, jiraService } from '../jira/jira-service.js';
import { farosCeService } from './faros-ce-service.js';
import type { AnySandboxServiceDefinition } from './sandbox-service-definition.js';

/**
 * Every service `startSandbox` and `faros-ce-sandbox up` can run, in start order. A new simulator
 * (GitHub, Jira, Jira Data Center, Jenkins) is added by listing its definition here.
 */
export const SANDBOX_SERVICES: readonly AnySandboxServiceDefinition[] = [
  githubService,
  jiraService,
  jiraDataCenterService,
  jenkinsService,
  farosCeService,
];
