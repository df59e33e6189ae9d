import type { ConnectorContext, ReadContext, SliceContext, Stream } from '@faros-ce/sdk';
import { type ConnectorRun, discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { type GithubConfig, GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { PullRequestGraphqlStream, repositoriesPerQuery } from '../src/graphql/pull-request-graphql-stream.js';
import { PullRequestStatsStream } from '../src/graphql/pull-request-stats.js';
import type { GithubRecord } from '../src/streams/github-context.js';
import type { RepoSlice } from '../src/streams/repo-stream.js';
import { contextWithVanishedRepository, startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

const STREAMS = ['pull_request_stats', 'reviews', 'pull_request_commits'];
/** Repositories per batched query at page size `first`: stats select no nested list, the others 100 items. */
const perQuery = (stream: string, first: number) =>
  repositoriesPerQuery(first, stream === 'pull_request_stats' ? 0 : 100);

/** The source as it read before batching: each repository's first page asked alone (slices without a batch). */
class PerRepositorySource extends GithubSource {
  override streams(config: GithubConfig, ctx: ConnectorContext): Stream<GithubConfig>[] {
    const streams = super.streams(config, ctx);
    for (const stream of streams) {
      if (!(stream instanceof PullRequestGraphqlStream)) continue;
      const batched = stream.slices.bind(stream);
      Object.assign(stream, {
        async *slices(sliceCtx: SliceContext<GithubConfig>): AsyncIterable<RepoSlice> {
          for await (const { key, repo } of batched(sliceCtx)) yield { key, repo };
        },
      });
    }
    return streams;
  }
}

/** A run's records of `stream`, in one order (the batched and per-repository reads interleave repositories differently). */
function recordsOf(run: ConnectorRun, stream: string): string[] {
  return run
    .records(stream)
    .map((r) => JSON.stringify(r.data))
    .sort();
}

/** Pull requests per repository in the world now. */
function pullsPerRepository(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of gh.sandbox.world.truth().github.pullRequests.keys) {
    const repo = key.split('#')[0] as string;
    counts.set(repo, (counts.get(repo) ?? 0) + 1);
  }
  return counts;
}

type Summary = Record<string, { created: string[]; updated: string[]; deleted: string[] } | undefined>;

describe('pull request streams read the first pages of many repositories in one GraphQL query', () => {
  it('on a re-sync after the world moved: one query per batch of changed repositories, the same records as per repository', async () => {
    const batched = inProcess(new GithubSource());
    const perRepository = inProcess(new PerRepositorySource());
    const catalog = await discoverCatalog(batched, gh.config, {
      syncMode: 'incremental',
      fallbackToFullRefresh: true,
      streams: STREAMS,
    });
    const repositories = gh.sandbox.world.truth().github.repositories.keys.length;

    github.resetStats();
    const first = await batched.read(gh.config, catalog);
    expect(first.exitCode, JSON.stringify(first.traces('ERROR'))).toBe(0);
    // The probe, then per stream one query for the 8 repositories (no repository has over 100 pull requests).
    const firstBatches = STREAMS.map((s) => Math.ceil(repositories / perQuery(s, 100)));
    expect(github.stats().endpoints['POST /graphql']).toBe(1 + firstBatches.reduce((a, b) => a + b, 0));
    const firstReference = await perRepository.read(gh.config, catalog);
    for (const stream of STREAMS) expect(recordsOf(first, stream), stream).toEqual(recordsOf(firstReference, stream));

    const summary = gh.sandbox.world.advance(1).github as Summary;
    const touched = new Set(
      ['pullRequests', 'reviews', 'reviewComments'].flatMap((entity) =>
        ['created', 'updated', 'deleted'].flatMap((change) =>
          (summary[entity]?.[change as 'created'] ?? []).map((key) => key.split(/[#/]/).slice(0, 2).join('/')),
        ),
      ),
    );
    expect(touched.size, 'the world touched some but not all repositories').toBeGreaterThan(1);
    expect(touched.size).toBeLessThan(repositories);

    github.resetStats();
    const next = await batched.read(gh.config, catalog, first.lastStates());
    expect(next.exitCode, JSON.stringify(next.traces('ERROR'))).toBe(0);
    // The probe; the two incremental streams one query per batch of changed repositories (the probe
    // skips the rest); pull_request_commits (full refresh) one per batch of all repositories.
    const expected =
      1 +
      Math.ceil(touched.size / perQuery('pull_request_stats', 100)) +
      Math.ceil(touched.size / perQuery('reviews', 100)) +
      Math.ceil(repositories / perQuery('pull_request_commits', 100));
    expect(github.stats().endpoints['POST /graphql']).toBe(expected);

    github.resetStats();
    const reference = await perRepository.read(gh.config, catalog, firstReference.lastStates());
    expect(reference.exitCode).toBe(0);
    // Per repository, a query per changed repository (or more: one the probe cannot vouch for is read too).
    expect(github.stats().endpoints['POST /graphql']).toBeGreaterThanOrEqual(1 + 2 * touched.size + repositories);
    for (const stream of STREAMS) {
      expect(recordsOf(next, stream), stream).toEqual(recordsOf(reference, stream));
      expect(next.lastStates().find((s) => s.stream?.stream_descriptor.name === stream)?.stream?.stream_state).toEqual(
        reference.lastStates().find((s) => s.stream?.stream_descriptor.name === stream)?.stream?.stream_state,
      );
    }
    expect(next.records('reviews').length + next.records('pull_request_stats').length).toBeGreaterThan(0);
  });

  it('reads further pages per repository, after the batched first page, with the same records', async () => {
    const config: GithubConfig = { ...gh.config, page_size: 10 };
    const batched = inProcess(new GithubSource());
    const catalog = await discoverCatalog(batched, config, { syncMode: 'full_refresh', streams: STREAMS });
    const pulls = pullsPerRepository();
    const furtherPages = [...pulls.values()].reduce((sum, n) => sum + Math.max(0, Math.ceil(n / 10) - 1), 0);
    expect(furtherPages, 'some repository has more than a page of 10 pull requests').toBeGreaterThan(0);
    const repositories = gh.sandbox.world.truth().github.repositories.keys.length;

    github.resetStats();
    const run = await batched.read(config, catalog);
    expect(run.exitCode, JSON.stringify(run.traces('ERROR'))).toBe(0);
    const batches = STREAMS.reduce((sum, s) => sum + Math.ceil(repositories / perQuery(s, 10)), 0);
    expect(github.stats().endpoints['POST /graphql']).toBe(batches + STREAMS.length * furtherPages);

    const reference = await inProcess(new PerRepositorySource()).read(config, catalog);
    expect(reference.exitCode).toBe(0);
    for (const stream of STREAMS) {
      expect(run.records(stream).length, stream).toBeGreaterThan(0);
      expect(recordsOf(run, stream), stream).toEqual(recordsOf(reference, stream));
    }
    // Each repository's records still leave in ascending `updated_at` order (checkpoints inside a repository).
    const stats = run.records('pull_request_stats').map((r) => r.data as GithubRecord);
    for (const repo of pulls.keys()) {
      const times = stats.filter((r) => r.repository === repo).map((r) => Date.parse(String(r.updated_at)));
      expect(times, repo).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('skips a repository that vanished with the REST warning and reads the others from the same query', async () => {
    const { context, first: one, second: two, vanished, warnings } = contextWithVanishedRepository(gh);
    const { config, logger } = context;
    const stream = new PullRequestStatsStream(context);
    const sliceCtx = {
      config,
      logger,
      syncMode: 'full_refresh',
      savedCursor: () => undefined,
      savedMemoOf: () => undefined,
    } as unknown as SliceContext<GithubConfig>;
    github.resetStats();
    const records = new Map<string, GithubRecord[]>();
    for await (const slice of stream.slices(sliceCtx)) {
      const ctx = { ...sliceCtx, slice, bookmark: undefined, savedMemo: () => undefined, setMemo: () => {} };
      const got: GithubRecord[] = [];
      for await (const record of stream.read(ctx as unknown as ReadContext<GithubConfig, RepoSlice>)) got.push(record);
      records.set(slice.key, got);
    }
    expect(github.stats().endpoints).toEqual({ 'POST /graphql': 1 });
    expect(records.get(one)?.length).toBe(pullsPerRepository().get(one));
    expect(records.get(two)?.length).toBe(pullsPerRepository().get(two));
    expect(records.get(vanished)).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining(`pull_request_stats: skipping ${vanished}`)]);
  });
});
