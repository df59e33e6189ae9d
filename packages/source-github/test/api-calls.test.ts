import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

// The README quotes these figures (small world, seed 1, page size 100): keep both in step.
const FULL_SYNC_MAX = 740;
const RESYNC_MAX = 61;
const PR_STREAMS = ['pull_requests', 'pull_request_stats', 'pull_request_commits', 'reviews'];

describe('API calls of the small world', () => {
  it('stay within bounds for a full sync and an immediate incremental re-sync, read from the sandbox counters', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, { syncMode: 'incremental', fallbackToFullRefresh: true });
    github.resetStats();
    const full = await subject.read(gh.config, catalog);
    const fullCalls = github.stats().total;
    github.resetStats();
    const again = await subject.read(gh.config, catalog, full.lastStates());
    const resyncCalls = github.stats().total;
    const resyncEndpoints = github.stats().endpoints;
    console.log(`small world: full sync ${fullCalls} calls, immediate incremental re-sync ${resyncCalls} calls`);
    expect(full.exitCode).toBe(0);
    expect(again.exitCode).toBe(0);
    expect(fullCalls).toBeLessThanOrEqual(FULL_SYNC_MAX);
    expect(resyncCalls).toBeLessThanOrEqual(RESYNC_MAX);
    // Nothing changed: the change probe lets these streams skip every repository without a call.
    for (const list of ['pulls', 'issues', 'milestones', 'releases', 'commits', 'deployments']) {
      expect(resyncEndpoints[`GET /repos/{owner}/{repo}/${list}`] ?? 0, list).toBe(0);
    }
    // Incremental streams re-read almost nothing: the re-sync emits only what sits at a sorted stream's cursor.
    for (const stream of PR_STREAMS.filter((s) => s !== 'pull_request_commits')) {
      expect(again.records(stream).length, stream).toBeLessThan(full.records(stream).length / 10);
    }
  });

  it('for pull requests with their reviews, commits and stats, grow with pages, not pull requests', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, { streams: PR_STREAMS });
    github.resetStats();
    const run = await subject.read(gh.config, catalog);
    const calls = github.stats().total;
    const pulls = run.records('pull_requests').length;
    console.log(`small world: ${calls} calls for ${pulls} pull requests with reviews, commits and stats`);
    expect(run.exitCode).toBe(0);
    expect(pulls).toBe(200);
    // One repository listing per organisation, `pull_requests` one REST call per repository and page of
    // 100, the three GraphQL streams one query each for the first pages of up to 24 repositories.
    expect(calls).toBeLessThanOrEqual(15);
  });
});
