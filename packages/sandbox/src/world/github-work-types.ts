import type { EpochMs } from './world-clock.js';

// GitHub work items and automation of the world: issues, pull requests with their reviews and
// review comments, Actions workflows with runs and jobs, deployments. Conventions as in
// `github-types.ts`: epoch-ms times, users by login, null for deleted accounts.

/**
 * An issue that is not a pull request. Key: `owner/name#<number>`. Issues and pull requests share
 * one number sequence per repository, and GitHub's issues endpoints list both
 * (see `issuesAndPullsOf` on the world's GitHub data).
 */
export interface GithubIssue {
  readonly kind: 'issue';
  readonly id: number;
  readonly repo: string;
  readonly number: number;
  readonly title: string;
  readonly body: string | null;
  readonly state: 'open' | 'closed';
  readonly stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  readonly author: string | null;
  readonly assignees: readonly string[];
  /** Label names (labels of the same repository). */
  readonly labels: readonly string[];
  /** Number of the milestone, or null. */
  readonly milestone: number | null;
  /** Count of issue comments. */
  readonly comments: number;
  readonly locked: boolean;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
  readonly closedAt: EpochMs | null;
}

/** A pull request. Key: `owner/name#<number>`; group: the repository, in number order. */
export interface GithubPullRequest {
  readonly kind: 'pull';
  /** The pull request id (`/pulls`); differs from `issueId`, its id as an issue (`/issues`). */
  readonly id: number;
  readonly issueId: number;
  readonly repo: string;
  readonly number: number;
  readonly title: string;
  readonly body: string | null;
  readonly state: 'open' | 'closed';
  readonly draft: boolean;
  readonly locked: boolean;
  readonly author: string | null;
  readonly assignees: readonly string[];
  readonly requestedReviewers: readonly string[];
  /** Slugs of requested teams (teams of the repository's organisation). */
  readonly requestedTeams: readonly string[];
  readonly labels: readonly string[];
  readonly milestone: number | null;
  /** Head branch name; it may no longer exist as a branch (deleted after merge or close). */
  readonly headRef: string;
  readonly headSha: string;
  readonly baseRef: string;
  /** The base branch's commit when the pull request was opened. */
  readonly baseSha: string;
  readonly mergedAt: EpochMs | null;
  readonly mergedBy: string | null;
  /** The merge (or squash) commit on the base branch, once merged. */
  readonly mergeCommitSha: string | null;
  readonly closedAt: EpochMs | null;
  readonly createdAt: EpochMs;
  /** Bumped by pushes, reviews, merges, closes and edits. */
  readonly updatedAt: EpochMs;
  /** Shas of the pull request's commits, oldest first (all in the repository's commits). */
  readonly commits: readonly string[];
  readonly additions: number;
  readonly deletions: number;
  readonly changedFiles: number;
  /** Count of issue comments. */
  readonly comments: number;
}

/** A pull request review. Key: `owner/name#<number>/reviews/<id>`; group: `owner/name#<number>`. */
export interface GithubReview {
  readonly id: number;
  readonly repo: string;
  readonly pullNumber: number;
  readonly author: string | null;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  readonly body: string;
  /** The pull request commit the review was made on. */
  readonly commitSha: string;
  /** Null while pending. */
  readonly submittedAt: EpochMs | null;
}

/** A review comment on a diff line. Key: `owner/name#<number>/comments/<id>`; group: `owner/name#<number>`. */
export interface GithubReviewComment {
  readonly id: number;
  readonly repo: string;
  readonly pullNumber: number;
  readonly reviewId: number;
  readonly author: string | null;
  readonly body: string;
  readonly path: string;
  readonly line: number;
  readonly side: 'LEFT' | 'RIGHT';
  readonly diffHunk: string;
  readonly commitSha: string;
  readonly originalCommitSha: string;
  /** Id of the comment this one replies to, or null. */
  readonly inReplyToId: number | null;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** A GitHub Actions workflow. Key: `owner/name/workflows/<id>`. */
export interface GithubWorkflow {
  readonly id: number;
  readonly repo: string;
  readonly name: string;
  /** e.g. `.github/workflows/ci.yml`. */
  readonly path: string;
  readonly state: 'active' | 'disabled_manually';
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** Status of a workflow run or job. */
export type GithubRunStatus = 'queued' | 'in_progress' | 'completed';
/** Conclusion of a completed workflow run or job (null before completion). */
export type GithubRunConclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

/** A workflow run. Key: `owner/name/runs/<id>`; group: the repository, in creation order. */
export interface GithubWorkflowRun {
  readonly id: number;
  readonly repo: string;
  readonly workflowId: number;
  readonly name: string;
  readonly displayTitle: string;
  /** Per workflow, increasing with creation time. */
  readonly runNumber: number;
  readonly runAttempt: number;
  readonly event: 'push' | 'pull_request' | 'schedule' | 'workflow_dispatch';
  readonly status: GithubRunStatus;
  readonly conclusion: GithubRunConclusion | null;
  readonly headBranch: string;
  /** A commit of the repository. */
  readonly headSha: string;
  readonly actor: string | null;
  /** Numbers of the pull requests the run belongs to. */
  readonly pullNumbers: readonly number[];
  readonly checkSuiteId: number;
  readonly createdAt: EpochMs;
  readonly runStartedAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/**
 * A job of a workflow run. Key: `owner/name/jobs/<id>`; group: the run id (as a string).
 * Steps are not stored: a simulator derives them from the job's times.
 */
export interface GithubWorkflowJob {
  readonly id: number;
  readonly runId: number;
  readonly repo: string;
  readonly runAttempt: number;
  readonly name: string;
  readonly workflowName: string;
  readonly status: GithubRunStatus;
  readonly conclusion: GithubRunConclusion | null;
  readonly headSha: string;
  readonly headBranch: string;
  readonly labels: readonly string[];
  readonly runnerName: string | null;
  readonly createdAt: EpochMs;
  readonly startedAt: EpochMs;
  readonly completedAt: EpochMs | null;
}

/** A status of a deployment, oldest first in `GithubDeployment.statuses`. */
export interface GithubDeploymentStatus {
  readonly id: number;
  readonly state: 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';
  readonly description: string;
  readonly creator: string | null;
  readonly createdAt: EpochMs;
}

/** A deployment. Key: `owner/name/deployments/<id>`. */
export interface GithubDeployment {
  readonly id: number;
  readonly repo: string;
  readonly sha: string;
  readonly ref: string;
  readonly task: string;
  readonly environment: string;
  readonly description: string | null;
  readonly creator: string | null;
  readonly productionEnvironment: boolean;
  readonly statuses: readonly GithubDeploymentStatus[];
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}
