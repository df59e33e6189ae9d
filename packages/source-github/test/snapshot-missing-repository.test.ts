import type { ReadContext, SliceContext } from '@faros-ce/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import type { GithubConfig } from '../src/generated/config.js';
import { CollaboratorsStream } from '../src/streams/collaborators.js';
import type { GithubRecord } from '../src/streams/github-context.js';
import type { RepoSlice } from '../src/streams/repo-stream.js';
import { contextWithVanishedRepository, startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

describe('a batched snapshot stream when a repository vanished after the selection was made', () => {
  for (const [how, sharing] of [
    ['its own query', false],
    ['the change probe', true],
  ] as const) {
    it(`skips that repository with the REST warning and reads the others from one query (${how})`, async () => {
      const { context, first, second, vanished, warnings } = contextWithVanishedRepository(gh);
      const { config, logger } = context;
      const stream = new CollaboratorsStream(context);
      if (sharing) stream.shareFirstPages();
      const sliceCtx = {
        logger,
        config,
        syncMode: 'full_refresh',
        selectedStreams: new Set(['collaborators']),
      } as unknown as SliceContext<GithubConfig>;
      github.resetStats();
      const records = new Map<string, GithubRecord[]>();
      for await (const slice of stream.slices(sliceCtx)) {
        const ctx = { ...sliceCtx, slice, savedMemo: () => undefined, setMemo: () => {} };
        const got: GithubRecord[] = [];
        for await (const record of stream.read(ctx as unknown as ReadContext<GithubConfig, RepoSlice>))
          got.push(record);
        records.set(slice.key as string, got);
      }
      expect(github.stats().endpoints).toEqual({ 'POST /graphql': 1 });
      expect(records.get(first)?.length).toBeGreaterThan(0);
      expect(records.get(second)?.length).toBeGreaterThan(0);
      expect(records.get(vanished)).toEqual([]);
      expect(warnings).toEqual([expect.stringContaining(`collaborators: skipping ${vanished}`)]);
    });
  }
});
