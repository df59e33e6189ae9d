import type {
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
import type {
  GithubDeployment,
  GithubIssue,
  GithubPullRequest,
  GithubReview,
  GithubReviewComment,
  GithubWorkflow,
  GithubWorkflowJob,
  GithubWorkflowRun,
} from './github-work-types.js';
import type { JenkinsBuild, JenkinsJob } from './jenkins-types.js';
import type {
  JiraBoard,
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
import type { WorldScale } from './scale-profile.js';
import type { ReadonlyTable } from './table.js';
import type { Clock, EpochMs } from './world-clock.js';

/** Options of `createWorld`. */
export interface WorldOptions {
  /**
   * Any integer (taken modulo 2^32) or string (hashed); the same seed and the same advances give
   * deep-equal worlds.
   */
  readonly seed: number | string;
  /** Defaults to `small`. */
  readonly scale?: WorldScale;
  /** Start of the clock (epoch ms or ISO date); defaults to `DEFAULT_WORLD_START`. */
  readonly start?: EpochMs | string;
}

/** The GitHub side of the world: one GitHub instance with several organisations. */
export interface GithubData {
  readonly organizations: ReadonlyTable<GithubOrganization>;
  /** People and bots; deleted accounts are absent (their content has a null author). */
  readonly users: ReadonlyTable<GithubUser>;
  readonly teams: ReadonlyTable<GithubTeam>;
  readonly repositories: ReadonlyTable<GithubRepository>;
  readonly branches: ReadonlyTable<GithubBranch>;
  readonly commits: ReadonlyTable<GithubCommit>;
  readonly labels: ReadonlyTable<GithubLabel>;
  readonly milestones: ReadonlyTable<GithubMilestone>;
  /** Plain issues only; see {@link GithubData.issuesAndPullsOf} for what `/issues` lists. */
  readonly issues: ReadonlyTable<GithubIssue>;
  readonly pullRequests: ReadonlyTable<GithubPullRequest>;
  readonly reviews: ReadonlyTable<GithubReview>;
  readonly reviewComments: ReadonlyTable<GithubReviewComment>;
  readonly tags: ReadonlyTable<GithubTag>;
  readonly releases: ReadonlyTable<GithubRelease>;
  readonly workflows: ReadonlyTable<GithubWorkflow>;
  readonly workflowRuns: ReadonlyTable<GithubWorkflowRun>;
  readonly workflowJobs: ReadonlyTable<GithubWorkflowJob>;
  readonly deployments: ReadonlyTable<GithubDeployment>;
  /** A repository's issues and pull requests in number order, as GitHub's issues endpoints list them. */
  issuesAndPullsOf(repo: string): (GithubIssue | GithubPullRequest)[];
}

/** The Jira side of the world: one Jira site. */
export interface JiraData {
  readonly users: ReadonlyTable<JiraUser>;
  readonly statuses: ReadonlyTable<JiraStatus>;
  readonly issueTypes: ReadonlyTable<JiraIssueType>;
  readonly priorities: ReadonlyTable<JiraNamedValue>;
  readonly resolutions: ReadonlyTable<JiraNamedValue>;
  readonly fields: ReadonlyTable<JiraField>;
  readonly projects: ReadonlyTable<JiraProject>;
  readonly boards: ReadonlyTable<JiraBoard>;
  readonly sprints: ReadonlyTable<JiraSprint>;
  readonly versions: ReadonlyTable<JiraVersion>;
  readonly issues: ReadonlyTable<JiraIssue>;
  /** The issue with this key, following moves: an old key resolves to the moved issue, as on Jira. */
  resolveIssueKey(key: string): JiraIssue | undefined;
}

/** The Jenkins side of the world: one controller. */
export interface JenkinsData {
  /** Every item: folders, multibranch projects and buildable jobs. */
  readonly jobs: ReadonlyTable<JenkinsJob>;
  readonly builds: ReadonlyTable<JenkinsBuild>;
}

/** Entity kinds of `truth().github`. `issues` includes pull requests, as GitHub's issues endpoints do. */
export const GITHUB_ENTITIES = [
  'organizations',
  'users',
  'teams',
  'repositories',
  'branches',
  'commits',
  'labels',
  'milestones',
  'issues',
  'pullRequests',
  'reviews',
  'reviewComments',
  'tags',
  'releases',
  'workflows',
  'workflowRuns',
  'workflowJobs',
  'deployments',
] as const;
/** Entity kinds of `truth().jira`; `changelogs` are the issues' histories (keyed by history id). */
export const JIRA_ENTITIES = [
  'users',
  'statuses',
  'issueTypes',
  'priorities',
  'resolutions',
  'fields',
  'projects',
  'boards',
  'sprints',
  'versions',
  'issues',
  'changelogs',
] as const;
/** Entity kinds of `truth().jenkins`: `folders` are the non-buildable items, `jobs` the buildable ones. */
export const JENKINS_ENTITIES = ['folders', 'jobs', 'builds'] as const;

export type GithubEntityName = (typeof GITHUB_ENTITIES)[number];
export type JiraEntityName = (typeof JIRA_ENTITIES)[number];
export type JenkinsEntityName = (typeof JENKINS_ENTITIES)[number];

/** What the world holds of one entity kind: the count and the natural keys in table order. */
export interface EntityTruth {
  readonly count: number;
  readonly keys: readonly string[];
}

/** What the world holds, per system and entity kind (JSON-serializable). */
export interface WorldTruth {
  readonly seed: number | string;
  readonly scale: WorldScale;
  readonly now: EpochMs;
  readonly github: Readonly<Record<GithubEntityName, EntityTruth>>;
  readonly jira: Readonly<Record<JiraEntityName, EntityTruth>>;
  readonly jenkins: Readonly<Record<JenkinsEntityName, EntityTruth>>;
}

/**
 * Keys an advance created, updated and deleted for one entity kind. A key created and then deleted
 * within the same advance appears in neither list; a created key is not listed again as updated.
 */
export interface EntityChanges {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly deleted: readonly string[];
}

/** A Jira issue that moved to another project (its key changed; its id did not). */
export interface MovedJiraIssue {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

/** What `advance` changed (JSON-serializable). Kinds without changes are absent. */
export interface AdvanceSummary {
  readonly steps: number;
  readonly from: EpochMs;
  readonly to: EpochMs;
  readonly github: Readonly<Partial<Record<GithubEntityName, EntityChanges>>>;
  readonly jira: Readonly<Partial<Record<JiraEntityName, EntityChanges>>>;
  readonly jenkins: Readonly<Partial<Record<JenkinsEntityName, EntityChanges>>>;
  /** Moved Jira issues: their old keys are in `jira.issues.deleted`, their new ones in `created`. */
  readonly movedJiraIssues: readonly MovedJiraIssue[];
  /** Totals over all kinds. */
  readonly counts: { readonly created: number; readonly updated: number; readonly deleted: number };
}

/** One consistent simulated engineering organisation, with a clock. */
export interface World {
  readonly seed: number | string;
  readonly scale: WorldScale;
  readonly clock: Clock;
  readonly github: GithubData;
  readonly jira: JiraData;
  readonly jenkins: JenkinsData;
  /**
   * Moves the world `steps` hours forward (default 1): new and updated pull requests, reviews and
   * commits, closed and reopened issues, Jira transitions and a move to another project, one
   * deleted pull request and one deleted issue per step, finished and new builds and runs.
   * Deterministic for the seed and the history of advances; `advance(2)` equals two `advance(1)`.
   */
  advance(steps?: number): AdvanceSummary;
  /** Counts and keys of every entity kind. */
  truth(): WorldTruth;
}
