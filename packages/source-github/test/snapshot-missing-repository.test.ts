import type { Logger, ReadContext } from '@faros-ce/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { apiUrlOf, createGithubClient } from '../src/client/github-client.js';
import type { GithubConfig } from '../src/generated/config.js';
import type { RepositoryResolver, SelectedRepository } from '../src/repos/repository-resolver.js';
import { collaboratorsStream } from '../src/streams/collaborators.js';
import type { GithubContext, GithubRecord } from '../src/streams/github-context.js';
import type { RepoSlice } from '../src/streams/repo-stream.js';
import { startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

describe('a batched snapshot stream when a repository vanished after the selection was made', () => {
  it('skips that repository with the REST warning and reads the others from the same query', async () => {
    const [first, second] = gh.sandbox.world.truth().github.repositories.keys as [string, string];
    const selected = (fullName: string): SelectedRepository => {
      const [owner, name] = fullName.split('/') as [string, string];
      return { owner, name, fullName, defaultBranch: 'main', raw: {} };
    };
    const owner = first.split('/')[0] as string;
    const repositories = [selected(first), selected(`${owner}/vanished`), selected(second)];
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m) } as unknown as Logger;
    const config = gh.config;
    const context: GithubContext = {
      octokit: createGithubClient(config, logger),
      resolver: {
        resolve: async () => ({ repositories, organizations: [owner], problems: [] }),
      } as unknown as RepositoryResolver,
      config,
      apiUrl: apiUrlOf(config),
      logger,
    } as GithubContext;
    const stream = collaboratorsStream(context);
    github.resetStats();
    const records = new Map<string, GithubRecord[]>();
    for await (const slice of stream.slices()) {
      const ctx = { slice, logger, config, syncMode: 'full_refresh', savedMemo: () => undefined, setMemo: () => {} };
      const got: GithubRecord[] = [];
      for await (const record of stream.read(ctx as unknown as ReadContext<GithubConfig, RepoSlice>)) got.push(record);
      records.set(slice.key as string, got);
    }
    expect(github.stats().endpoints).toEqual({ 'POST /graphql': 1 });
    expect(records.get(first)?.length).toBeGreaterThan(0);
    expect(records.get(second)?.length).toBeGreaterThan(0);
    expect(records.get(`${owner}/vanished`)).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining(`collaborators: skipping ${owner}/vanished`)]);
  });
});
