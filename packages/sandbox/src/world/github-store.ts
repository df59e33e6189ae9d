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
import { issueShape, pullChild, repoChild, repoChildNumber, repositoryShape, teamShape } from './key-shapes.js';
import type { Mutable } from './mutable.js';
import type { Actor } from './people.js';
import { Sequence } from './sequence.js';
import { FlatTable, ScopedTable } from './table.js';
import { worldKeys as k } from './world-keys.js';
import type { GithubData } from './world-types.js';

/** Generator state of one repository, beside its public record. */
export interface RepoState {
  readonly repo: Mutable<GithubRepository>;
  nextNumber: number;
  /** First-parent history of the default branch: commit times and shas, oldest first. */
  readonly mainTimes: number[];
  readonly mainShas: string[];
  /** Every branch name ever used, so new branches never reuse one. */
  readonly usedBranchNames: Set<string>;
  ciWorkflowId: number;
  deployWorkflowId: number;
  readonly runNumbers: Map<number, number>;
  releases: number;
  /** People who work in the repository (deleted accounts included). */
  readonly contributors: readonly Actor[];
  /** Team slugs of the repository's organisation. */
  readonly teams: readonly string[];
}

/** A workflow run or deployment still running, with its planned end. */
export interface PendingRun {
  readonly run: Mutable<GithubWorkflowRun>;
  readonly endsAt: number;
  readonly conclusion: 'success' | 'failure' | 'cancelled';
  /** The deployment a deploy run carries out, or null. */
  readonly deployment: Mutable<GithubDeployment> | null;
}

const byRepo = (e: { repo: string }): string => e.repo;
const byPull = (e: { repo: string; pullNumber: number }): string => k.issue(e.repo, e.pullNumber);

/** GitHub's storage, counters and generator state; the world's `github` data. */
export class GithubStore implements GithubData {
  readonly organizations = new FlatTable<Mutable<GithubOrganization>>((o) => o.login, { idOf: (o) => o.id });
  readonly users = new FlatTable<Mutable<GithubUser>>((u) => u.login, { idOf: (u) => u.id });
  readonly teams = new ScopedTable<Mutable<GithubTeam>>(teamShape, { idOf: (t) => t.id, groupOf: (t) => t.org });
  readonly repositories = new ScopedTable<Mutable<GithubRepository>>(repositoryShape, {
    idOf: (r) => r.id,
    groupOf: (r) => r.owner,
  });
  readonly branches = new ScopedTable<Mutable<GithubBranch>>(
    repoChild('branches', (b) => b.name),
    { groupOf: byRepo },
  );
  readonly commits = new ScopedTable<GithubCommit>(
    repoChild('commits', (c) => c.sha),
    { groupOf: byRepo },
  );
  readonly labels = new ScopedTable<GithubLabel>(
    repoChild('labels', (l) => l.name),
    { groupOf: byRepo },
  );
  readonly milestones = new ScopedTable<Mutable<GithubMilestone>>(
    repoChildNumber('milestones', (m) => m.number),
    { groupOf: byRepo },
  );
  readonly issues = new ScopedTable<Mutable<GithubIssue>>(issueShape, { groupOf: byRepo });
  readonly pullRequests = new ScopedTable<Mutable<GithubPullRequest>>(issueShape, {
    idOf: (p) => p.id,
    groupOf: byRepo,
  });
  readonly reviews = new ScopedTable<Mutable<GithubReview>>(pullChild('reviews'), {
    idOf: (r) => r.id,
    groupOf: byPull,
  });
  readonly reviewComments = new ScopedTable<Mutable<GithubReviewComment>>(pullChild('comments'), {
    idOf: (c) => c.id,
    groupOf: byPull,
  });
  readonly tags = new ScopedTable<GithubTag>(
    repoChild('tags', (t) => t.name),
    { groupOf: byRepo },
  );
  readonly releases = new ScopedTable<Mutable<GithubRelease>>(
    repoChildNumber('releases', (r) => r.id),
    { idOf: (r) => r.id, groupOf: byRepo },
  );
  readonly workflows = new ScopedTable<Mutable<GithubWorkflow>>(
    repoChildNumber('workflows', (w) => w.id),
    { idOf: (w) => w.id, groupOf: byRepo },
  );
  readonly workflowRuns = new ScopedTable<Mutable<GithubWorkflowRun>>(
    repoChildNumber('runs', (r) => r.id),
    { idOf: (r) => r.id, groupOf: byRepo },
  );
  readonly workflowJobs = new ScopedTable<Mutable<GithubWorkflowJob>>(
    repoChildNumber('jobs', (j) => j.id),
    { idOf: (j) => j.id, groupOf: (j) => String(j.runId) },
  );
  readonly deployments = new ScopedTable<Mutable<GithubDeployment>>(
    repoChildNumber('deployments', (d) => d.id),
    { idOf: (d) => d.id, groupOf: byRepo },
  );

  readonly repoStates = new Map<string, RepoState>();
  /** Runs not finished yet, in start order. */
  readonly pendingRuns = new Map<number, PendingRun>();
  readonly ids = {
    organization: new Sequence(70_000_000),
    team: new Sequence(3_000_000),
    repository: new Sequence(400_000_000),
    pull: new Sequence(1_500_000_000),
    issue: new Sequence(2_000_000_000),
    review: new Sequence(1_800_000_000),
    reviewComment: new Sequence(1_200_000_000),
    label: new Sequence(5_000_000_000),
    milestone: new Sequence(10_000_000),
    release: new Sequence(150_000_000),
    workflow: new Sequence(60_000_000),
    run: new Sequence(8_000_000_000),
    job: new Sequence(20_000_000_000),
    checkSuite: new Sequence(22_000_000_000),
    deployment: new Sequence(1_000_000_000),
    deploymentStatus: new Sequence(3_000_000_000),
  };

  issuesAndPullsOf(repo: string): (GithubIssue | GithubPullRequest)[] {
    const issues = this.issues.group(repo);
    const pulls = this.pullRequests.group(repo);
    const out: (GithubIssue | GithubPullRequest)[] = [];
    let i = 0;
    let p = 0;
    while (i < issues.length || p < pulls.length) {
      const issue = issues[i];
      const pull = pulls[p];
      if (pull === undefined || (issue !== undefined && issue.number < pull.number)) {
        out.push(issue as GithubIssue);
        i++;
      } else {
        out.push(pull);
        p++;
      }
    }
    return out;
  }

  /** Generator state of a repository (throws for an unknown one: a generator bug). */
  stateOf(repo: string): RepoState {
    const state = this.repoStates.get(repo);
    if (!state) throw new Error(`GithubStore: unknown repository ${repo}`);
    return state;
  }
}
