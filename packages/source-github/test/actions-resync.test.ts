import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';
import { withoutFingerprints } from './without-fingerprints.js';
import { WORLD_KEY_OF } from './world-keys-of.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

const STREAMS = ['workflows', 'workflow_runs', 'workflow_jobs', 'deployments'];
const RUNS = 'GET /repos/{owner}/{repo}/actions/runs';
const JOBS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs';
const STATUSES = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const DEPLOYMENTS = 'GET /repos/{owner}/{repo}/deployments';
const keyOf = (stream: string) => (WORLD_KEY_OF[stream] as (typeof WORLD_KEY_OF)[string]).key;

describe('workflows, runs, jobs and deployments on an incremental re-sync', () => {
  it('call only for what changed, and still bring every change', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, { syncMode: 'incremental', streams: STREAMS });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode, JSON.stringify(first.traces('ERROR'))).toBe(0);
    const world = gh.sandbox.world;
    const repos = Object.keys(stateOf(first, 'workflows')).length;
    // Runs still going at the first sync: their jobs are due once they complete.
    const unfinished = first
      .records('workflow_runs')
      .filter((r) => r.data.status !== 'completed')
      .map((r) => keyOf('workflow_runs')(r.data));
    expect(unfinished.length, 'runs in progress at the first sync').toBeGreaterThan(0);

    const summary = world.advance(1).github as Record<string, { created: string[]; updated: string[] } | undefined>;
    github.resetStats();
    const second = await subject.read(gh.config, catalog, first.lastStates());
    expect(second.exitCode, JSON.stringify(second.traces('ERROR'))).toBe(0);
    const calls = github.stats().endpoints;

    // One run listing per repository (each one page here), shared by workflow_runs and workflow_jobs.
    expect(calls[RUNS]).toBe(repos);
    // Jobs only of runs that are new, changed, or were unfinished at the last read.
    const runs = world.truth().github.workflowRuns.keys;
    const changedRuns = new Set([...(summary.workflowRuns?.created ?? []), ...(summary.workflowRuns?.updated ?? [])]);
    const due = new Set([...changedRuns, ...unfinished].filter((k) => runs.includes(k)));
    expect(changedRuns.size, 'the world made or finished runs').toBeGreaterThan(0);
    expect(calls[JOBS] ?? 0).toBe(due.size);
    // Statuses only of deployments new or updated (a new status updates a deployment).
    const changedDeployments = new Set([
      ...(summary.deployments?.created ?? []),
      ...(summary.deployments?.updated ?? []),
    ]);
    expect(calls[STATUSES] ?? 0).toBe(changedDeployments.size);
    // The deployments list only of repositories whose deployments changed: the change probe vouches for the others.
    const deploymentRepos = reposOf(changedDeployments);
    expect(deploymentRepos.size, 'the world left some repositories without a new deployment').toBeLessThan(repos);
    expect(calls[DEPLOYMENTS] ?? 0).toBe(deploymentRepos.size);

    // Nothing lost: every completed job of the world came in one of the two syncs.
    const jobKeys = new Set(
      [...first.records('workflow_jobs'), ...second.records('workflow_jobs')].map((r) =>
        keyOf('workflow_jobs')(r.data),
      ),
    );
    const completedJobs = [...world.github.workflowJobs.values()]
      .filter((j) => j.completedAt !== null)
      .map((j) => `${j.repo}/jobs/${j.id}`);
    expect(completedJobs.filter((k) => !jobKeys.has(k))).toEqual([]);
    // A run that completed between the syncs brought its jobs in the second.
    const completedSince = unfinished.filter((k) => world.github.workflowRuns.get(k)?.status === 'completed');
    expect(completedSince.length, 'runs completed between the syncs').toBeGreaterThan(0);
    const secondJobRuns = new Set(
      second.records('workflow_jobs').map((r) => `${r.data.repository}/runs/${r.data.run_id}`),
    );
    expect(completedSince.filter((k) => !secondJobRuns.has(k))).toEqual([]);

    expect(allStatusesArrived([first, second])).toEqual([]);

    // A deployment that gets a new status between syncs arrives again with it. The world finishes its
    // deploy runs within a step, so the test adds the status as GitHub does: the oldest deployment of a
    // repository the step did not deploy in is marked inactive (as a newer success to its environment
    // would) and its `updated_at` moves; neither its count nor its newest deployment changes.
    const step = world.advance(1).github as typeof summary;
    const now = world.truth().now;
    const stepRepos = reposOf([...(step.deployments?.created ?? []), ...(step.deployments?.updated ?? [])]);
    const oldest = [...world.github.deployments.values()]
      .filter((d) => !stepRepos.has(d.repo))
      .sort((x, y) => x.createdAt - y.createdAt)[0];
    expect(stepRepos.size, 'the step made a deployment').toBeGreaterThan(0);
    if (oldest === undefined) throw new Error('every repository with deployments deployed in the step');
    const newestThere = Math.max(...world.github.deployments.group(oldest.repo).map((d) => d.createdAt));
    expect(newestThere, 'the repository has a newer deployment').toBeGreaterThan(oldest.createdAt);
    const target = oldest as unknown as { statuses: unknown[]; updatedAt: number };
    target.statuses.push({
      id: 3_999_999_999,
      state: 'inactive',
      description: 'Superseded.',
      creator: null,
      createdAt: now,
    });
    target.updatedAt = now;
    const updated = [`${oldest.repo}/deployments/${oldest.id}`];
    github.resetStats();
    const third = await subject.read(gh.config, catalog, second.lastStates());
    expect(third.exitCode).toBe(0);
    const emitted = new Set(third.records('deployments').map((r) => keyOf('deployments')(r.data)));
    expect(updated.filter((k) => !emitted.has(k))).toEqual([]);
    // Statuses of the deployments the step made, and of the one that got a status.
    expect(github.stats().endpoints[STATUSES] ?? 0).toBe((step.deployments?.created.length ?? 0) + 1);
    expect(github.stats().endpoints[DEPLOYMENTS] ?? 0).toBe(stepRepos.size + 1);
    expect(allStatusesArrived([first, second, third])).toEqual([]);
  });

  it('an unchanged world: workflows answer 304 to their saved ETags, deployments are not asked; nothing is emitted', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, {
      syncMode: 'incremental',
      streams: ['workflows', 'deployments'],
    });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode).toBe(0);
    github.resetStats();
    const again = await subject.read(gh.config, catalog, first.lastStates());
    expect(again.exitCode).toBe(0);
    const repos = Object.keys(stateOf(first, 'workflows')).length;
    const stats = github.stats();
    // Each repository's workflows list; deployments are vouched for by the change probe (one query).
    expect(stats.endpoints['GET /repos/{owner}/{repo}/actions/workflows']).toBe(repos);
    expect(stats.endpoints[DEPLOYMENTS] ?? 0).toBe(0);
    expect(stats.endpoints['POST /graphql']).toBe(1);
    expect(stats.notModified).toBeGreaterThanOrEqual(repos);
    expect(stats.endpoints[STATUSES] ?? 0).toBe(0);
    expect(again.records('workflows')).toEqual([]);
    expect(again.records('deployments')).toEqual([]);

    // Without the probe's fingerprints (a state saved before it, or a probe that cannot vouch),
    // deployments ask with their saved ETags and GitHub answers 304.
    github.resetStats();
    const unprobed = await subject.read(gh.config, catalog, withoutFingerprints(again.lastStates()));
    expect(unprobed.exitCode).toBe(0);
    const withEtags = github.stats();
    expect(withEtags.endpoints[DEPLOYMENTS]).toBe(repos);
    expect(withEtags.notModified).toBeGreaterThanOrEqual(2 * repos);
    expect(unprobed.records('deployments')).toEqual([]);
  });
});

type Run = Awaited<ReturnType<ReturnType<typeof inProcess>['read']>>;

/** The repositories' states of a stream after a sync (one per repository the sync read). */
function stateOf(run: Run, stream: string): Record<string, unknown> {
  const state = run.lastStates().find((s) => s.stream?.stream_descriptor.name === stream)?.stream?.stream_state;
  return (state ?? {}) as Record<string, unknown>;
}

/** The repositories (`owner/name`) of world keys such as `owner/name/deployments/12`. */
function reposOf(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((key) => key.split('/').slice(0, 2).join('/')));
}

/** The deployments whose latest record (over the syncs, in order) lacks some of the world's statuses. */
function allStatusesArrived(syncs: readonly Run[]): string[] {
  const latest = new Map<string, Record<string, unknown>>();
  for (const r of syncs.flatMap((s) => s.records('deployments'))) latest.set(keyOf('deployments')(r.data), r.data);
  return [...gh.sandbox.world.github.deployments.values()]
    .filter(
      (d) =>
        (latest.get(`${d.repo}/deployments/${d.id}`)?.statuses as unknown[] | undefined)?.length !== d.statuses.length,
    )
    .map((d) => `${d.repo}/deployments/${d.id}`);
}
