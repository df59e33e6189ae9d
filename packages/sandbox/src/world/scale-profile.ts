/** How big a world is: `small` for tests, `medium`, `large` (about 100,000 pull requests) for benchmarks. */
export type WorldScale = 'small' | 'medium' | 'large';

/** What one `advance` step does, in counts. */
export interface StepProfile {
  /** New pull requests (each with a branch, commits and a CI run). */
  readonly newPulls: number;
  /** Commits pushed to open pull requests. */
  readonly pushes: number;
  /** Reviews (with review comments) of open pull requests. */
  readonly reviews: number;
  /** Open pull requests merged. */
  readonly merges: number;
  /** Jira issues created. */
  readonly jiraCreates: number;
  /** Jira issues moved one status along their workflow. */
  readonly jiraTransitions: number;
  /** Extra Jenkins builds started (besides those for new commits). */
  readonly builds: number;
}

/** The sizes behind a {@link WorldScale}. */
export interface ScaleProfile {
  readonly orgs: number;
  readonly reposPerOrg: number;
  readonly membersPerOrg: number;
  /** Pull requests across all repositories (the library repository gets a small share). */
  readonly pullRequests: number;
  /** Plain issues per pull request. */
  readonly issuesPerPull: number;
  readonly jiraProjects: number;
  readonly jiraIssues: number;
  /** Days between nightly Jenkins builds. */
  readonly nightlyEveryDays: number;
  /** Share of pull-request pushes and main-branch merges that get a CI workflow run. */
  readonly ciShare: number;
  /** Share of main-branch commits built by the repository's Jenkins job. */
  readonly jenkinsShare: number;
  readonly step: StepProfile;
}

/** The profiles of the three scales. */
export const SCALE_PROFILES: Readonly<Record<WorldScale, ScaleProfile>> = {
  small: {
    orgs: 2,
    reposPerOrg: 3,
    membersPerOrg: 10,
    pullRequests: 200,
    issuesPerPull: 0.4,
    jiraProjects: 3,
    jiraIssues: 150,
    nightlyEveryDays: 14,
    ciShare: 1,
    jenkinsShare: 0.8,
    step: { newPulls: 2, pushes: 2, reviews: 2, merges: 1, jiraCreates: 1, jiraTransitions: 2, builds: 1 },
  },
  medium: {
    orgs: 3,
    reposPerOrg: 8,
    membersPerOrg: 40,
    pullRequests: 5_000,
    issuesPerPull: 0.3,
    jiraProjects: 6,
    jiraIssues: 3_000,
    nightlyEveryDays: 3,
    ciShare: 0.8,
    jenkinsShare: 0.6,
    step: { newPulls: 5, pushes: 5, reviews: 5, merges: 3, jiraCreates: 3, jiraTransitions: 5, builds: 3 },
  },
  large: {
    orgs: 5,
    reposPerOrg: 40,
    membersPerOrg: 150,
    pullRequests: 100_000,
    issuesPerPull: 0.25,
    jiraProjects: 20,
    jiraIssues: 40_000,
    nightlyEveryDays: 1,
    ciShare: 0.25,
    jenkinsShare: 0.3,
    step: { newPulls: 20, pushes: 20, reviews: 20, merges: 10, jiraCreates: 10, jiraTransitions: 20, builds: 10 },
  },
};
