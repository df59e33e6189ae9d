// Public API of the simulated world: one deterministic engineering organisation with a clock,
// shared by the GitHub, Jira and Jenkins simulators. Named exports only.
export { createWorld } from './create-world.js';
export { findInconsistencies } from './find-inconsistencies.js';
export { githubNodeId } from './github-node-id.js';
export type {
  GithubBranch,
  GithubCommit,
  GithubLabel,
  GithubMilestone,
  GithubOrganization,
  GithubRelease,
  GithubRepository,
  GithubTag,
  GithubTeam,
  GithubUser,
} from './github-types.js';
export type {
  GithubDeployment,
  GithubDeploymentStatus,
  GithubIssue,
  GithubPullRequest,
  GithubReview,
  GithubReviewComment,
  GithubRunConclusion,
  GithubRunStatus,
  GithubWorkflow,
  GithubWorkflowJob,
  GithubWorkflowRun,
} from './github-work-types.js';
export type {
  JenkinsBuild,
  JenkinsCause,
  JenkinsJob,
  JenkinsJobKind,
  JenkinsParameter,
  JenkinsResult,
  JenkinsRevision,
} from './jenkins-types.js';
export { JIRA_CUSTOM_FIELDS } from './jira-catalog.js';
export type {
  JiraBoard,
  JiraChangeItem,
  JiraChangelogEntry,
  JiraField,
  JiraIssue,
  JiraIssueType,
  JiraNamedValue,
  JiraProject,
  JiraSprint,
  JiraStatus,
  JiraUser,
  JiraVersion,
} from './jira-types.js';
export { Random } from './random.js';
export { SCALE_PROFILES, type ScaleProfile, type StepProfile, type WorldScale } from './scale-profile.js';
export { snapshotWorld } from './snapshot-world.js';
export type { ReadonlyTable } from './table.js';
export { type Clock, DEFAULT_WORLD_START, type EpochMs, STEP_MS } from './world-clock.js';
export { JIRA_KEY_PATTERN, jiraKeysIn, worldKeys } from './world-keys.js';
export {
  type AdvanceSummary,
  type EntityChanges,
  type EntityTruth,
  GITHUB_ENTITIES,
  type GithubData,
  type GithubEntityName,
  JENKINS_ENTITIES,
  type JenkinsData,
  type JenkinsEntityName,
  JIRA_ENTITIES,
  type JiraData,
  type JiraEntityName,
  type MovedJiraIssue,
  type World,
  type WorldOptions,
  type WorldTruth,
} from './world-types.js';
