import type { Converter } from '../converter.js';
import { boardIssuesConverter } from './board-issues.js';
import { boardsConverter } from './boards.js';
import { issueFieldsConverter } from './issue-fields.js';
import { issuePullRequestsConverter } from './issue-pull-requests.js';
import { issuesConverter } from './issues.js';
import { projectVersionsConverter } from './project-versions.js';
import { projectsConverter } from './projects.js';
import { sprintIssuesConverter } from './sprint-issues.js';
import { sprintsConverter } from './sprints.js';
import { usersConverter } from './users.js';

/** Every converter of the jira source's streams. */
export const JIRA_CONVERTERS: readonly Converter[] = [
  projectsConverter,
  usersConverter,
  issueFieldsConverter,
  issuesConverter,
  boardsConverter,
  boardIssuesConverter,
  sprintsConverter,
  sprintIssuesConverter,
  projectVersionsConverter,
  issuePullRequestsConverter,
];
