import type { GithubWorkflowRun } from '../../world/index.js';
import { jobJson, runJson, workflowJson } from './actions-json.js';
import { invalidParameter, notFound } from './github-error.js';
import { choice, pagedList, pagedWrapper } from './paginate.js';
import { deploymentJson, deploymentStatusJson, releaseJson } from './release-json.js';
import { intParam, repoOf } from './repo-of.js';
import { ok, type RestRequest, type RestRoute } from './rest-route.js';

/** With any filter, GitHub's run list stops at this many results. */
export const FILTERED_RUNS_CAP = 1000;

/** A `created` filter: `>=T`, `>T`, `<=T`, `<T`, `T..U` or a date (a whole day). */
export function createdFilter(value: string): ((ms: number) => boolean) | undefined {
  const parse = (text: string): number | undefined => {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
  };
  const range = /^(.+)\.\.(.+)$/.exec(value);
  if (range) {
    const from = range[1] === '*' ? -Infinity : parse(range[1] as string);
    const to = range[2] === '*' ? Infinity : parse(range[2] as string);
    if (from === undefined || to === undefined) return undefined;
    return (ms) => ms >= from && ms <= to;
  }
  const op = /^(>=|<=|>|<)(.+)$/.exec(value);
  if (op) {
    const t = parse(op[2] as string);
    if (t === undefined) return undefined;
    const cmp = op[1];
    return (ms) => (cmp === '>=' ? ms >= t : cmp === '>' ? ms > t : cmp === '<=' ? ms <= t : ms < t);
  }
  const day = parse(value);
  if (day === undefined) return undefined;
  return (ms) => ms >= day && ms < day + 86_400_000;
}

function runOf(req: RestRequest): { repo: ReturnType<typeof repoOf>; run: GithubWorkflowRun } {
  const repo = repoOf(req);
  const run = req.ctx.world.github.workflowRuns.get(`${repo.fullName}/runs/${intParam(req, 'run_id')}`);
  if (run === undefined) throw notFound();
  return { repo, run };
}

const FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'] as const;

/** Actions (workflows, runs, jobs), deployments and releases. */
export const ACTIONS_ROUTES: readonly RestRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows',
    handle(req) {
      const repo = repoOf(req);
      return pagedWrapper(req, 'workflows', req.ctx.world.github.workflows.group(repo.fullName), (w) =>
        workflowJson(req.ctx, repo, w),
      );
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs',
    handle(req) {
      const repo = repoOf(req);
      const q = req.query;
      const created = q.get('created');
      const inCreated = created === null ? () => true : createdFilter(created);
      if (inCreated === undefined) throw invalidParameter('WorkflowRun', 'created', created ?? '');
      const status = q.get('status');
      let runs = [...req.ctx.world.github.workflowRuns.group(repo.fullName)]
        .filter((r) => q.get('actor') === null || r.actor === q.get('actor'))
        .filter((r) => q.get('branch') === null || r.headBranch === q.get('branch'))
        .filter((r) => q.get('event') === null || r.event === q.get('event'))
        .filter((r) => q.get('head_sha') === null || r.headSha === q.get('head_sha'))
        .filter((r) => q.get('check_suite_id') === null || String(r.checkSuiteId) === q.get('check_suite_id'))
        .filter((r) => status === null || r.status === status || r.conclusion === status)
        .filter((r) => inCreated(r.createdAt))
        .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
      if (FILTERS.some((f) => q.get(f) !== null)) runs = runs.slice(0, FILTERED_RUNS_CAP);
      const exclude = q.get('exclude_pull_requests') === 'true';
      return pagedWrapper(req, 'workflow_runs', runs, (r) => {
        const json = runJson(req.ctx, repo, r);
        return exclude ? { ...json, pull_requests: [] } : json;
      });
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    handle(req) {
      const { repo, run } = runOf(req);
      return ok(runJson(req.ctx, repo, run));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    handle(req) {
      const { repo, run } = runOf(req);
      const filter = choice(req, 'filter', ['latest', 'all'], 'latest', 'Job');
      const jobs = req.ctx.world.github.workflowJobs
        .group(String(run.id))
        .filter((j) => filter === 'all' || j.runAttempt === run.runAttempt);
      return pagedWrapper(req, 'jobs', jobs, (j) => jobJson(req.ctx, repo, j));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    handle(req) {
      const { repo, run } = runOf(req);
      const attempt = intParam(req, 'attempt_number');
      if (attempt < 1 || attempt > run.runAttempt) throw notFound();
      const jobs = req.ctx.world.github.workflowJobs.group(String(run.id)).filter((j) => j.runAttempt === attempt);
      return pagedWrapper(req, 'jobs', jobs, (j) => jobJson(req.ctx, repo, j));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments',
    handle(req) {
      const repo = repoOf(req);
      const q = req.query;
      const deployments = [...req.ctx.world.github.deployments.group(repo.fullName)]
        .filter((d) => q.get('sha') === null || d.sha === q.get('sha'))
        .filter((d) => q.get('ref') === null || d.ref === q.get('ref'))
        .filter((d) => q.get('task') === null || d.task === q.get('task'))
        .filter((d) => q.get('environment') === null || d.environment === q.get('environment'))
        .reverse();
      return pagedList(req, deployments, (d) => deploymentJson(req.ctx, repo, d));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handle(req) {
      const repo = repoOf(req);
      const d = req.ctx.world.github.deployments.get(`${repo.fullName}/deployments/${intParam(req, 'deployment_id')}`);
      if (d === undefined) throw notFound();
      return pagedList(req, [...d.statuses].reverse(), (s) => deploymentStatusJson(req.ctx, repo, d, s));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases',
    handle(req) {
      const repo = repoOf(req);
      const releases = [...req.ctx.world.github.releases.group(repo.fullName)].sort(
        (a, b) => b.createdAt - a.createdAt || b.id - a.id,
      );
      return pagedList(req, releases, (r) => releaseJson(req.ctx, repo, r));
    },
  },
];
