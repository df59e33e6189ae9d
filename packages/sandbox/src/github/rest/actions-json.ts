import {
  type GithubRepository,
  type GithubWorkflow,
  type GithubWorkflowJob,
  type GithubWorkflowRun,
  githubNodeId,
} from '../../world/index.js';
import { treeShaOf } from './commit-json.js';
import { type GithubContext, iso, isoOrNull, memoize } from './github-context.js';
import { minimalRepository, repoUrl } from './repo-json.js';
import { userOrGhost } from './user-json.js';

/** `workflow`. */
export function workflowJson(ctx: GithubContext, repo: GithubRepository, w: GithubWorkflow): Record<string, unknown> {
  const file = w.path.split('/').pop() ?? w.path;
  return {
    id: w.id,
    node_id: githubNodeId('Workflow', w.id),
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: iso(w.createdAt),
    updated_at: iso(w.updatedAt),
    url: `${repoUrl(ctx, repo)}/actions/workflows/${w.id}`,
    html_url: `${ctx.web}/${repo.fullName}/blob/${repo.defaultBranch}/${w.path}`,
    badge_url: `${ctx.web}/${repo.fullName}/workflows/${encodeURIComponent(file)}/badge.svg`,
  };
}

function pullMinimal(ctx: GithubContext, repo: GithubRepository, number: number): Record<string, unknown>[] {
  const pr = ctx.world.github.pullRequests.get(`${repo.fullName}#${number}`);
  if (pr === undefined) return [];
  const small = { id: repo.id, url: repoUrl(ctx, repo), name: repo.name };
  return [
    {
      id: pr.id,
      number: pr.number,
      url: `${repoUrl(ctx, repo)}/pulls/${pr.number}`,
      head: { ref: pr.headRef, sha: pr.headSha, repo: small },
      base: { ref: pr.baseRef, sha: pr.baseSha, repo: small },
    },
  ];
}

/** `workflow-run`. */
export function runJson(ctx: GithubContext, repo: GithubRepository, r: GithubWorkflowRun): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const url = `${base}/actions/runs/${r.id}`;
  const workflow = ctx.world.github.workflows.get(`${repo.fullName}/workflows/${r.workflowId}`);
  const commit = ctx.world.github.commits.get(`${repo.fullName}/commits/${r.headSha}`);
  const minimal = memoize(ctx, `minimal:${repo.fullName}`, () => minimalRepository(ctx, repo));
  return {
    id: r.id,
    name: r.name,
    node_id: githubNodeId('WorkflowRun', r.id),
    check_suite_id: r.checkSuiteId,
    check_suite_node_id: githubNodeId('CheckSuite', r.checkSuiteId),
    head_branch: r.headBranch,
    head_sha: r.headSha,
    path: workflow?.path ?? '.github/workflows/ci.yml',
    run_number: r.runNumber,
    run_attempt: r.runAttempt,
    referenced_workflows: [],
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflowId,
    url,
    html_url: `${ctx.web}/${repo.fullName}/actions/runs/${r.id}`,
    pull_requests: r.pullNumbers.flatMap((n) => pullMinimal(ctx, repo, n)),
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    actor: userOrGhost(ctx, r.actor),
    triggering_actor: userOrGhost(ctx, r.actor),
    run_started_at: iso(r.runStartedAt),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${base}/check-suites/${r.checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: r.runAttempt > 1 ? `${url}/attempts/${r.runAttempt - 1}` : null,
    workflow_url: `${base}/actions/workflows/${r.workflowId}`,
    head_commit:
      commit === undefined
        ? null
        : {
            id: commit.sha,
            tree_id: treeShaOf(commit.sha),
            message: commit.message,
            timestamp: iso(commit.committedAt),
            author: { name: commit.authorName, email: commit.authorEmail },
            committer: { name: commit.committerName, email: commit.committerEmail },
          },
    repository: minimal,
    head_repository: minimal,
    head_repository_id: repo.id,
    display_title: r.displayTitle,
  };
}

/** The steps of a job, derived from its times: set-up, the work, and completion. */
function stepsOf(j: GithubWorkflowJob): Record<string, unknown>[] {
  const end = j.completedAt;
  const mid = end === null ? null : j.startedAt + Math.floor((end - j.startedAt) / 2);
  const names = ['Set up job', `Run ${j.name}`, 'Complete job'];
  const bounds = [j.startedAt, mid ?? j.startedAt, mid ?? j.startedAt, end];
  return names.map((name, i) => {
    const finished = end !== null;
    const started = finished || i === 0;
    const conclusion = !finished ? null : i === 1 ? j.conclusion : 'success';
    return {
      name,
      status: finished ? 'completed' : i === 0 ? 'in_progress' : 'queued',
      conclusion,
      number: i + 1,
      started_at: started ? isoOrNull(bounds[i] ?? null) : null,
      completed_at: finished ? isoOrNull(i === 2 ? end : (bounds[i + 1] ?? null)) : null,
    };
  });
}

/** `job`. */
export function jobJson(ctx: GithubContext, repo: GithubRepository, j: GithubWorkflowJob): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const runner = j.runnerName === null ? null : 1 + (j.id % 50);
  return {
    id: j.id,
    run_id: j.runId,
    run_url: `${base}/actions/runs/${j.runId}`,
    run_attempt: j.runAttempt,
    node_id: githubNodeId('CheckRun', j.id),
    head_sha: j.headSha,
    url: `${base}/actions/jobs/${j.id}`,
    html_url: `${ctx.web}/${repo.fullName}/actions/runs/${j.runId}/job/${j.id}`,
    status: j.status,
    conclusion: j.conclusion,
    created_at: iso(j.createdAt),
    started_at: iso(j.startedAt),
    completed_at: isoOrNull(j.completedAt),
    name: j.name,
    steps: stepsOf(j),
    check_run_url: `${base}/check-runs/${j.id}`,
    labels: [...j.labels],
    runner_id: runner,
    runner_name: j.runnerName,
    runner_group_id: runner === null ? null : 1,
    runner_group_name: runner === null ? null : 'GitHub Actions',
    workflow_name: j.workflowName,
    head_branch: j.headBranch,
  };
}
