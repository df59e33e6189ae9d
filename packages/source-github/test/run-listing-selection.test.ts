import type { ReadContext } from '@faros-ce/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import type { GithubConfig } from '../src/generated/config.js';
import type { RepoSlice } from '../src/streams/repo-stream.js';
import { RunListingShare } from '../src/streams/run-listing-share.js';
import { WorkflowRunsStream } from '../src/streams/workflow-runs.js';
import { contextWithVanishedRepository, startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());

describe('the run listing workflow_runs hands to workflow_jobs', () => {
  it('is kept only when the catalog selects workflow_jobs', async () => {
    const { context, repositories, first } = contextWithVanishedRepository(gh);
    const repo = repositories.find((r) => r.fullName === first);
    expect(repo).toBeDefined();
    for (const [selected, kept] of [
      [['workflow_runs'], false],
      [['workflow_runs', 'workflow_jobs'], true],
    ] as const) {
      const share = new RunListingShare();
      const stream = new WorkflowRunsStream(context, share);
      const ctx = {
        config: context.config,
        logger: context.logger,
        syncMode: 'incremental',
        selectedStreams: new Set(selected),
        slice: { key: first, repo },
        bookmark: undefined,
        savedMemo: () => undefined,
        setMemo: () => {},
      } as unknown as ReadContext<GithubConfig, RepoSlice>;
      let runs = 0;
      for await (const _ of stream.read(ctx)) runs++;
      expect(runs).toBeGreaterThan(0);
      expect(share.take(first, undefined)?.length, selected.join(' + ')).toBe(kept ? runs : undefined);
    }
  });
});
