import type { GithubOpContext } from './github-git-ops.js';
import type { PendingRun, RepoState } from './github-store.js';
import type { GithubDeployment, GithubWorkflowRun } from './github-work-types.js';
import { appendTo, type Mutable, NONE } from './mutable.js';
import type { Actor } from './people.js';
import { worldKeys as k } from './world-keys.js';

const MINUTE = 60_000;
const RUNNER_LABELS: readonly string[] = Object.freeze(['ubuntu-latest']);
const CI_JOBS = ['build', 'test (ubuntu-latest, node 22)'];
const DEPLOY_JOBS = ['deploy'];
const RUNNERS: readonly string[] = Array.from({ length: 40 }, (_v, i) => `GitHub Actions ${i + 1}`);

/** A workflow run to start. */
export interface NewRun {
  readonly workflow: 'ci' | 'deploy';
  readonly event: GithubWorkflowRun['event'];
  readonly sha: string;
  readonly branch: string;
  readonly pullNumbers: readonly number[];
  readonly at: number;
  readonly actor: Actor;
  readonly title: string;
  /** The deployment a deploy run carries out: it gets a final status when the run completes. */
  readonly deployment?: Mutable<GithubDeployment>;
}

/**
 * Starts a workflow run with its jobs. A run whose planned end is not after the context's `now`
 * is completed at once; otherwise it stays in progress until `finishDueRuns` passes its end.
 */
export function startRun(ctx: GithubOpContext, state: RepoState, r: NewRun): Mutable<GithubWorkflowRun> {
  const { store, rng } = ctx;
  const repo = state.repo.fullName;
  const workflowId = r.workflow === 'ci' ? state.ciWorkflowId : state.deployWorkflowId;
  const runNumber = (state.runNumbers.get(workflowId) ?? 0) + 1;
  state.runNumbers.set(workflowId, runNumber);
  const endsAt = r.at + rng.int(2 * MINUTE, 15 * MINUTE);
  const conclusion = rng.weighted(['success', 'failure', 'cancelled'] as const, [85, 12, 3]);
  const run: Mutable<GithubWorkflowRun> = {
    id: store.ids.run.next(),
    repo,
    workflowId,
    name: r.workflow === 'ci' ? 'CI' : 'Deploy',
    displayTitle: r.title,
    runNumber,
    runAttempt: rng.chance(0.05) ? 2 : 1,
    event: r.event,
    status: 'in_progress',
    conclusion: null,
    headBranch: r.branch,
    headSha: r.sha,
    actor: r.actor.login,
    pullNumbers: r.pullNumbers,
    checkSuiteId: store.ids.checkSuite.next(),
    createdAt: r.at,
    runStartedAt: r.at,
    updatedAt: r.at,
  };
  store.workflowRuns.insert(run);
  ctx.rec?.created('github', 'workflowRuns', k.workflowRun(repo, run.id));
  for (const name of r.workflow === 'ci' ? CI_JOBS : DEPLOY_JOBS) {
    const job = {
      id: store.ids.job.next(),
      runId: run.id,
      repo,
      runAttempt: run.runAttempt,
      name,
      workflowName: run.name,
      status: 'in_progress' as const,
      conclusion: null,
      headSha: r.sha,
      headBranch: r.branch,
      labels: RUNNER_LABELS,
      runnerName: rng.pick(RUNNERS),
      createdAt: r.at,
      startedAt: r.at + rng.int(2_000, 20_000),
      completedAt: null,
    };
    store.workflowJobs.insert(job);
    ctx.rec?.created('github', 'workflowJobs', k.workflowJob(repo, job.id));
  }
  const pending: PendingRun = { run, endsAt, conclusion, deployment: r.deployment ?? null };
  if (endsAt <= ctx.now) finishRun(ctx, pending);
  else store.pendingRuns.set(run.id, pending);
  return run;
}

/** Completes a run and its jobs (and its deployment, for a deploy run). */
export function finishRun(ctx: GithubOpContext, pending: PendingRun): void {
  const { store } = ctx;
  const { run, endsAt, conclusion } = pending;
  run.status = 'completed';
  run.conclusion = conclusion;
  run.updatedAt = endsAt;
  store.pendingRuns.delete(run.id);
  ctx.rec?.updated('github', 'workflowRuns', k.workflowRun(run.repo, run.id));
  for (const job of store.workflowJobs.group(String(run.id))) {
    job.status = 'completed';
    job.conclusion = conclusion;
    job.completedAt = endsAt;
    ctx.rec?.updated('github', 'workflowJobs', k.workflowJob(job.repo, job.id));
  }
  const { deployment } = pending;
  if (deployment) {
    appendTo(deployment.statuses, {
      id: store.ids.deploymentStatus.next(),
      state: conclusion === 'success' ? 'success' : conclusion === 'failure' ? 'failure' : 'error',
      description: conclusion === 'success' ? 'Deployment finished successfully.' : 'Deployment failed.',
      creator: run.actor,
      createdAt: endsAt,
    });
    deployment.updatedAt = endsAt;
    ctx.rec?.updated('github', 'deployments', k.deployment(deployment.repo, deployment.id));
  }
}

/** Completes every pending run whose planned end is not after the context's `now`, in start order. */
export function finishDueRuns(ctx: GithubOpContext): void {
  for (const pending of [...ctx.store.pendingRuns.values()]) {
    if (pending.endsAt <= ctx.now) finishRun(ctx, pending);
  }
}

/** Deploys a commit of the default branch: a deploy workflow run and a deployment with statuses. */
export function deploy(ctx: GithubOpContext, state: RepoState, sha: string, at: number, actor: Actor): void {
  const { store, rng } = ctx;
  const repo = state.repo.fullName;
  const environment = rng.chance(0.7) ? 'production' : 'staging';
  const deployment: Mutable<GithubDeployment> = {
    id: store.ids.deployment.next(),
    repo,
    sha,
    ref: state.repo.defaultBranch,
    task: 'deploy',
    environment,
    description: `Deploy ${sha.slice(0, 7)} to ${environment}`,
    creator: actor.login,
    productionEnvironment: environment === 'production',
    statuses: [],
    createdAt: at,
    updatedAt: at,
  };
  store.deployments.insert(deployment);
  ctx.rec?.created('github', 'deployments', k.deployment(repo, deployment.id));
  appendTo(deployment.statuses, {
    id: store.ids.deploymentStatus.next(),
    state: 'in_progress',
    description: 'Deployment started.',
    creator: actor.login,
    createdAt: at,
  });
  startRun(ctx, state, {
    workflow: 'deploy',
    event: 'push',
    sha,
    branch: state.repo.defaultBranch,
    pullNumbers: NONE,
    at,
    actor,
    title: `Deploy to ${environment}`,
    deployment,
  });
}
