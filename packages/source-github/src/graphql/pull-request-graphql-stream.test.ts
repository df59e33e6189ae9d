import type { SliceContext } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { selectedRepository } from '../../test/selected-repository.js';
import type { GithubOctokit } from '../client/github-client.js';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeProbe } from '../probe/change-probe.js';
import type { RepositoryResolver, SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubContext } from '../streams/github-context.js';
import { repositoriesPerQuery } from './pull-request-graphql-stream.js';
import { PullRequestStatsStream } from './pull-request-stats.js';
import type { RepoBatch } from './repo-batch.js';

const repoOf = (i: number): SelectedRepository => selectedRepository(`acme/r${i}`);

interface Planned {
  key: string;
  batch?: RepoBatch;
  direction?: string;
}

/** The slices of `pull_request_stats` over `count` repositories, with the probe's and the state's answers given. */
async function plan(
  count: number,
  syncMode: 'incremental' | 'full_refresh',
  saved: (key: string) => { cursor?: string; probe?: string },
): Promise<Planned[]> {
  const repositories = Array.from({ length: count }, (_, i) => repoOf(i));
  const config = { page_size: 100 } as GithubConfig;
  const gh = {
    octokit: {} as GithubOctokit,
    resolver: { resolve: async () => ({ repositories }) } as unknown as RepositoryResolver,
    config,
    apiUrl: 'https://api.github.com',
    changes: { fingerprint: async (repo: SelectedRepository) => `print of ${repo.name}` } as unknown as ChangeProbe,
  } as GithubContext;
  const ctx = {
    config,
    syncMode,
    savedCursor: (key: string) => saved(key).cursor,
    savedMemoOf: (key: string) => {
      const probe = saved(key).probe;
      return probe === undefined ? undefined : { probe };
    },
  } as unknown as SliceContext<GithubConfig>;
  const out: Planned[] = [];
  for await (const slice of new PullRequestStatsStream(gh).slices(ctx)) out.push(slice as Planned);
  return out;
}

describe('PullRequestGraphqlStream slices', () => {
  it('batch only the repositories the probe does not vouch for, in groups of the batch size', async () => {
    const size = repositoriesPerQuery(100, 0);
    // Every third repository is unchanged since its last read (saved fingerprint = the probe's).
    const unchanged = (key: string) => Number(key.slice('acme/r'.length)) % 3 === 0;
    const slices = await plan(2 * size + 10, 'incremental', (key) => ({
      cursor: '2024-01-01T00:00:00Z',
      probe: unchanged(key) ? `print of ${key.split('/')[1]}` : 'older print',
    }));
    expect(slices.map((s) => s.key)).toEqual(Array.from({ length: 2 * size + 10 }, (_, i) => `acme/r${i}`));
    for (const slice of slices) expect(slice.batch === undefined, slice.key).toBe(unchanged(slice.key));
    const batches = [...new Set(slices.flatMap((s) => (s.batch ? [s.batch] : [])))];
    const toRead = slices.filter((s) => !unchanged(s.key)).map((s) => s.key);
    expect(batches.map((b) => b.repositories.length)).toEqual([size, toRead.length - size]);
    expect(batches.flatMap((b) => b.repositories.map((r) => r.fullName))).toEqual(toRead);
  });

  it('ask a repository with a saved cursor newest first and one without oldest first', async () => {
    const slices = await plan(2, 'incremental', (key) => (key === 'acme/r0' ? { cursor: '2024-01-01T00:00:00Z' } : {}));
    expect(slices.map((s) => s.direction)).toEqual(['DESC', 'ASC']);
    expect(slices[0]?.batch).toBe(slices[1]?.batch);
  });

  it('batch every repository in full refresh, whatever the state', async () => {
    const slices = await plan(3, 'full_refresh', (key) => ({ probe: `print of ${key.split('/')[1]}` }));
    expect(slices.every((s) => s.batch?.repositories.length === 3)).toBe(true);
  });

  it('size batches under GitHub’s node limit', () => {
    expect(repositoriesPerQuery(100, 0)).toBe(25);
    expect(repositoriesPerQuery(100, 100)).toBe(24);
    expect(repositoriesPerQuery(100, 100) * 100 * 101).toBeLessThanOrEqual(500_000);
    expect(repositoriesPerQuery(10, 100)).toBe(25);
  });
});
