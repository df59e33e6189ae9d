import type { Converter } from '../converter.js';
import { assigneesConverter } from './assignees.js';
import { branchesConverter } from './branches.js';
import { collaboratorsConverter } from './collaborators.js';
import { commitsConverter } from './commits.js';
import { deploymentsConverter } from './deployments.js';
import { issueLabelsConverter } from './issue-labels.js';
import { issueMilestonesConverter } from './issue-milestones.js';
import { issuesConverter } from './issues.js';
import { organizationsConverter } from './organizations.js';
import { pullRequestCommitsConverter } from './pull-request-commits.js';
import { pullRequestStatsConverter } from './pull-request-stats.js';
import { pullRequestsConverter } from './pull-requests.js';
import { releasesConverter } from './releases.js';
import { repositoriesConverter } from './repositories.js';
import { reviewCommentsConverter } from './review-comments.js';
import { reviewsConverter } from './reviews.js';
import { tagsConverter } from './tags.js';
import { teamMembersConverter } from './team-members.js';
import { teamMembershipsConverter } from './team-memberships.js';
import { teamsConverter } from './teams.js';
import { usersConverter } from './users.js';
import { workflowJobsConverter } from './workflow-jobs.js';
import { workflowRunsConverter } from './workflow-runs.js';
import { workflowsConverter } from './workflows.js';

/** Every converter of the github source's streams (Airbyte's GitHub catalog stream names). */
export const GITHUB_CONVERTERS: readonly Converter[] = [
  organizationsConverter,
  repositoriesConverter,
  usersConverter,
  collaboratorsConverter,
  assigneesConverter,
  teamsConverter,
  teamMembersConverter,
  teamMembershipsConverter,
  pullRequestsConverter,
  reviewsConverter,
  reviewCommentsConverter,
  pullRequestCommitsConverter,
  pullRequestStatsConverter,
  commitsConverter,
  branchesConverter,
  tagsConverter,
  releasesConverter,
  issuesConverter,
  issueLabelsConverter,
  issueMilestonesConverter,
  workflowsConverter,
  workflowRunsConverter,
  workflowJobsConverter,
  deploymentsConverter,
];
