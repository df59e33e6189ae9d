import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoriesPerQuery } from '../src/graphql/pull-request-graphql-stream.js';
import { PROBE_DEPLOYMENTS } from '../src/probe/repo-fingerprints.js';
import { startGithubSandbox } from './github-sandbox.js';
import { withoutFingerprints } from './without-fingerprints.js';
import { WORLD_KEY_OF } from './world-keys-of.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

/** The streams that skip a repository whose probe fingerprint did not move, with the REST route each calls. */
const PROBED: Record<string, string | undefined> = {
  pull_requests: 'GET /repos/{owner}/{repo}/pulls',
  issues: 'GET /repos/{owner}/{repo}/issues',
  issue_milestones: 'GET /repos/{owner}/{repo}/milestones',
  releases: 'GET /repos/{owner}/{repo}/releases',
  commits: 'GET /repos/{owner}/{repo}/commits',
  deployments: 'GET /repos/{owner}/{repo}/deployments',
  pull_request_stats: undefined, // GraphQL
  reviews: undefined, // GraphQL
};
const STREAMS = Object.keys(PROBED);

type Summary = Record<string, { created: string[]; updated: string[]; deleted: string[] } | undefined>;

/** The repositories (`owner/name`) of world keys such as `owner/name#12` or `owner/name/commits/sha`. */
function reposOf(keys: readonly string[]): Set<string> {
  return new Set(keys.map((key) => key.split(/[#/]/).slice(0, 2).join('/')));
}

describe('change probe', () => {
  it('re-syncs without a call for unchanged repositories, and still emits every change of the changed ones', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, { syncMode: 'incremental', streams: STREAMS });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode, JSON.stringify(first.traces('ERROR'))).toBe(0);
    const repos = gh.sandbox.world.truth().github.repositories.keys;

    // Nothing changed: one probe call, then no per-repository call at all.
    github.resetStats();
    const same = await subject.read(gh.config, catalog, first.lastStates());
    expect(same.exitCode).toBe(0);
    const quiet = github.stats().endpoints;
    for (const route of Object.values(PROBED)) if (route) expect(quiet[route] ?? 0, route).toBe(0);
    expect(quiet['POST /graphql'], 'one probe for the 8 repositories, no pull request pages').toBe(1);
    for (const stream of STREAMS) expect(same.records(stream), stream).toEqual([]);

    // One hour later: only the repositories the world touched are read, and every change arrives.
    const summary = gh.sandbox.world.advance(1).github as Summary;
    github.resetStats();
    const next = await subject.read(gh.config, catalog, same.lastStates());
    expect(next.exitCode, JSON.stringify(next.traces('ERROR'))).toBe(0);
    const calls = github.stats().endpoints;
    const touched = (...entities: string[]): Set<string> =>
      reposOf(
        entities.flatMap((e) => [
          ...(summary[e]?.created ?? []),
          ...(summary[e]?.updated ?? []),
          ...(summary[e]?.deleted ?? []),
        ]),
      );
    const pullRepos = touched('pullRequests', 'reviews', 'reviewComments');
    expect(pullRepos.size, 'the world touched some but not all repositories').toBeGreaterThan(0);
    expect(pullRepos.size).toBeLessThan(repos.length);
    expect(calls['GET /repos/{owner}/{repo}/pulls']).toBe(pullRepos.size);
    expect(calls['GET /repos/{owner}/{repo}/issues'] ?? 0).toBeLessThanOrEqual(
      touched('issues', 'pullRequests', 'reviews', 'reviewComments').size,
    );
    expect(calls['GET /repos/{owner}/{repo}/commits'] ?? 0).toBeLessThanOrEqual(touched('commits').size);
    expect(calls['GET /repos/{owner}/{repo}/releases'] ?? 0).toBeLessThanOrEqual(touched('releases').size);
    expect(calls['GET /repos/{owner}/{repo}/milestones'] ?? 0).toBeLessThanOrEqual(touched('milestones').size);
    expect(calls['GET /repos/{owner}/{repo}/deployments'] ?? 0).toBeLessThanOrEqual(touched('deployments').size);
    // The probe, then for each of the two GraphQL streams one query for the first pages of the touched
    // repositories (aliases; all fit one query).
    expect(pullRepos.size).toBeLessThanOrEqual(repositoriesPerQuery(100, 100));
    expect(calls['POST /graphql']).toBe(1 + 2);

    // The same sync without fingerprints (as before the probe) is the reference: what it emits of the
    // changed entities must be emitted too. Commits are checked against it only, as the world also
    // commits to pull request branches, which `commits` (the default branch) does not read.
    const reference = await subject.read(gh.config, catalog, withoutFingerprints(same.lastStates()));
    expect(reference.exitCode).toBe(0);
    const truth = gh.sandbox.world.truth().github as Record<string, { keys: readonly string[] }>;
    let checked = 0;
    for (const stream of STREAMS) {
      const { entity, key } = WORLD_KEY_OF[stream] as (typeof WORLD_KEY_OF)[string];
      const exists = new Set(truth[entity]?.keys);
      const referenceKeys = new Set(reference.records(stream).map((r) => key(r.data)));
      const changed = [...(summary[entity]?.created ?? []), ...(summary[entity]?.updated ?? [])].filter(
        (k) => exists.has(k) && (stream !== 'commits' || referenceKeys.has(k)),
      );
      const got = new Set(next.records(stream).map((r) => key(r.data)));
      expect(
        changed.filter((k) => !got.has(k)),
        `${stream}: changed but not emitted`,
      ).toEqual([]);
      checked += changed.length;
    }
    expect(checked, 'the world changed pull requests, reviews, issues or commits').toBeGreaterThan(0);
  });

  it('reads a repository again when a release or a milestone appears there, and emits it', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, {
      syncMode: 'incremental',
      streams: ['releases', 'issue_milestones'],
    });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode).toBe(0);

    // A targeted change through the world's tables: a draft release and a milestone in one repository.
    const world = gh.sandbox.world;
    const repo = world.truth().github.repositories.keys[0] as string;
    const at = world.clock.now();
    const tables = world.github as unknown as Record<'releases' | 'milestones', { insert(row: object): void }>;
    const milestoneNumber = world.github.milestones.group(repo).length + 100;
    tables.releases.insert({
      id: 990_000_001,
      repo,
      tagName: 'v9.9.9',
      name: 'v9.9.9',
      body: null,
      draft: true,
      prerelease: false,
      author: null,
      targetCommitish: 'main',
      createdAt: at,
      publishedAt: null,
    });
    tables.milestones.insert({
      id: 990_000_002,
      repo,
      number: milestoneNumber,
      title: 'Probe',
      description: null,
      state: 'open',
      creator: null,
      dueOn: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    });

    github.resetStats();
    const next = await subject.read(gh.config, catalog, first.lastStates());
    expect(next.exitCode, JSON.stringify(next.traces('ERROR'))).toBe(0);
    const calls = github.stats().endpoints;
    expect(calls['GET /repos/{owner}/{repo}/releases'], 'only the changed repository').toBe(1);
    expect(calls['GET /repos/{owner}/{repo}/milestones'], 'only the changed repository').toBe(1);
    expect(next.records('releases').map((r) => [r.data.repository, r.data.id])).toEqual([[repo, 990_000_001]]);
    expect(next.records('issue_milestones').map((r) => [r.data.repository, r.data.number])).toEqual([
      [repo, milestoneNumber],
    ]);
  });

  it('probes at /api/graphql on the Enterprise Server layout', async () => {
    const config = { ...gh.config, api_url: `${gh.url}/api/v3` };
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, config, { syncMode: 'incremental', streams: ['pull_requests'] });
    const first = await subject.read(config, catalog);
    expect(first.exitCode).toBe(0);
    github.resetStats();
    const again = await subject.read(config, catalog, first.lastStates());
    expect(again.exitCode).toBe(0);
    const calls = github.stats().endpoints;
    expect(Object.entries(calls).filter(([route]) => route.includes('/pulls'))).toEqual([]);
    expect(Object.entries(calls).filter(([route]) => route.includes('graphql'))).toEqual([['POST /api/graphql', 1]]);
  });

  it('still lists the deployments of a repository with more than the probe sees, and emits their changes', async () => {
    const world = gh.sandbox.world;
    const repo = [...world.github.deployments.groupKeys()][0] as string;
    const existing = world.github.deployments.group(repo);
    const model = existing[0];
    if (!model) throw new Error('the world has no deployment');
    // Older deployments, so that the repository has one more than the probe lists.
    const start = Math.min(...existing.map((d) => d.createdAt)) - 3_600_000;
    // A targeted change through the world's table (as for releases above).
    const table = world.github.deployments as unknown as { insert(row: object): void };
    for (let i = existing.length; i <= PROBE_DEPLOYMENTS; i++) {
      const at = start - i * 60_000;
      table.insert({ ...model, id: 980_000_000 + i, statuses: [], createdAt: at, updatedAt: at });
    }
    const total = world.github.deployments.group(repo).length;
    expect(total).toBe(PROBE_DEPLOYMENTS + 1);

    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, { syncMode: 'incremental', streams: ['deployments'] });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode).toBe(0);
    github.resetStats();
    const again = await subject.read(gh.config, catalog, first.lastStates());
    expect(again.exitCode).toBe(0);
    // The other repositories are vouched for; this one is listed page by page, as without a probe.
    expect(github.stats().endpoints['GET /repos/{owner}/{repo}/deployments']).toBe(Math.ceil(total / 100));
    expect(again.records('deployments')).toEqual([]);

    // A status on one of its oldest deployments (past the probe's page) arrives.
    const target = [...world.github.deployments.group(repo)].sort((a, b) => a.createdAt - b.createdAt)[0];
    if (!target) throw new Error('no deployment');
    const now = world.clock.now();
    const mutable = target as unknown as { statuses: unknown[]; updatedAt: number };
    mutable.statuses.push({
      id: 3_999_999_998,
      state: 'inactive',
      description: 'Gone.',
      creator: null,
      createdAt: now,
    });
    mutable.updatedAt = now;
    const next = await subject.read(gh.config, catalog, again.lastStates());
    expect(next.exitCode).toBe(0);
    expect(next.records('deployments').map((r) => [r.data.repository, r.data.id])).toEqual([[repo, target.id]]);
  });
});
