import type { Logger, ReadContext } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { selectedRepository } from '../../test/selected-repository.js';
import type { GithubConfig } from '../generated/config.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubContext, GithubRecord } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';

const repo: SelectedRepository = selectedRepository('acme/app');

/** Yields two records, then fails as told. */
class FailingStream extends RepoStream {
  readonly name = 'workflows';
  override readonly cursorField = ['updated_at'];
  constructor(private readonly failure: unknown) {
    super({} as GithubContext);
  }
  protected async *readRepo(): AsyncIterable<GithubRecord> {
    yield { id: 1, updated_at: '2024-01-01T00:00:00Z' };
    yield { id: 2, updated_at: '2024-01-02T00:00:00Z' };
    throw this.failure;
  }
}

async function readAll(
  stream: RepoStream,
  bookmark?: string,
): Promise<{ records: GithubRecord[]; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m) } as unknown as Logger;
  const ctx = {
    slice: { key: 'acme/app', repo },
    bookmark,
    logger,
    config: {},
    syncMode: 'full_refresh',
    savedMemo: () => undefined,
    setMemo: () => {},
  } as unknown as ReadContext<GithubConfig, RepoSlice>;
  const records: GithubRecord[] = [];
  for await (const r of stream.read(ctx)) records.push(r);
  return { records, warnings };
}

describe('RepoStream', () => {
  it('skips a repository the endpoint refuses (403, e.g. Actions disabled) with a warning naming it', async () => {
    const { records, warnings } = await readAll(
      new FailingStream(Object.assign(new Error('Forbidden'), { status: 403 })),
    );
    expect(records.map((r) => r.id)).toEqual([1, 2]);
    expect(warnings).toEqual([
      expect.stringMatching(/workflows: no access for acme\/app \(GitHub answered 403: Forbidden\)/),
    ]);
  });

  it('skips a repository that vanished (404, or GraphQL NOT_FOUND)', async () => {
    const notFound = Object.assign(new Error('Could not resolve'), { errors: [{ type: 'NOT_FOUND' }] });
    for (const failure of [Object.assign(new Error('Not Found'), { status: 404 }), notFound]) {
      const { warnings } = await readAll(new FailingStream(failure));
      expect(warnings).toEqual([expect.stringContaining('skipping acme/app')]);
    }
  });

  it('fails the stream on anything else', async () => {
    await expect(readAll(new FailingStream(Object.assign(new Error('boom'), { status: 500 })))).rejects.toThrow('boom');
  });

  it('drops records at or before the saved cursor of an unsorted stream', async () => {
    const { records } = await readAll(
      new FailingStream(Object.assign(new Error('gone'), { status: 410 })),
      '2024-01-01T00:00:00Z',
    );
    expect(records.map((r) => r.id)).toEqual([2]);
  });
});
