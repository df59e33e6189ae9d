import type { Logger, ReadContext } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { selectedRepository } from '../../test/selected-repository.js';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeProbe } from '../probe/change-probe.js';
import type { ChangeKind } from '../probe/repo-fingerprints.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubContext, GithubRecord } from './github-context.js';
import { type RepoSlice, RepoStream } from './repo-stream.js';

const repo: SelectedRepository = selectedRepository('acme/app');

/** A stream watching the `pulls` fingerprint; it counts its reads and keeps an ETag-like memo of its own. */
class WatchedStream extends RepoStream {
  readonly name = 'pull_requests';
  override readonly cursorField = ['updated_at'];
  reads = 0;
  seenMemo: unknown;
  constructor(fingerprint: string | undefined) {
    const changes = {
      fingerprint: async (_r: SelectedRepository, _k: ChangeKind, _s: ReadonlySet<string>) => fingerprint,
    } as unknown as ChangeProbe;
    super({ changes } as GithubContext);
  }
  protected override changeKindOf(): ChangeKind {
    return 'pulls';
  }
  protected async *readRepo(ctx: ReadContext<GithubConfig, RepoSlice>): AsyncIterable<GithubRecord> {
    this.reads++;
    this.seenMemo = ctx.savedMemo();
    ctx.setMemo({ etag: 'W/"2"' });
    yield { id: 1, updated_at: '2024-01-02T00:00:00Z' };
  }
}

async function readOnce(
  stream: RepoStream,
  saved: unknown,
  syncMode: 'incremental' | 'full_refresh' = 'incremental',
): Promise<{ records: GithubRecord[]; memo: { value: unknown } | undefined }> {
  let memo: { value: unknown } | undefined;
  const ctx = {
    slice: { key: 'acme/app', repo },
    bookmark: undefined,
    logger: { debug: () => {}, warn: () => {} } as unknown as Logger,
    config: {},
    syncMode,
    savedMemo: () => saved,
    setMemo: (value: unknown) => {
      memo = { value };
    },
  } as unknown as ReadContext<GithubConfig, RepoSlice>;
  const records: GithubRecord[] = [];
  for await (const r of stream.read(ctx)) records.push(r);
  return { records, memo };
}

describe('RepoStream with the change probe', () => {
  it('skips the repository (no read, no record, memo untouched) when the fingerprint is the saved one', async () => {
    const stream = new WatchedStream('pulls 3@2024-01-02T00:00:00Z');
    const { records, memo } = await readOnce(stream, { probe: 'pulls 3@2024-01-02T00:00:00Z', etag: 'W/"1"' });
    expect(stream.reads).toBe(0);
    expect(records).toEqual([]);
    expect(memo).toBeUndefined();
  });

  it('reads when the fingerprint moved, hands the stream only its own memo, and saves both parts', async () => {
    const stream = new WatchedStream('pulls 4@2024-01-03T00:00:00Z');
    const { records, memo } = await readOnce(stream, { probe: 'pulls 3@2024-01-02T00:00:00Z', etag: 'W/"1"' });
    expect(stream.reads).toBe(1);
    expect(records.map((r) => r.id)).toEqual([1]);
    expect(stream.seenMemo).toEqual({ etag: 'W/"1"' });
    expect(memo?.value).toEqual({ etag: 'W/"2"', probe: 'pulls 4@2024-01-03T00:00:00Z' });
  });

  it('reads when nothing was saved, and saves no fingerprint when the probe cannot vouch for one', async () => {
    const first = new WatchedStream('pulls 3@2024-01-02T00:00:00Z');
    expect((await readOnce(first, undefined)).memo?.value).toEqual({
      etag: 'W/"2"',
      probe: 'pulls 3@2024-01-02T00:00:00Z',
    });
    expect(first.reads).toBe(1);
    const unknown = new WatchedStream(undefined);
    const { memo } = await readOnce(unknown, { probe: 'pulls 3@2024-01-02T00:00:00Z' });
    expect(unknown.reads).toBe(1);
    expect(memo?.value).toEqual({ etag: 'W/"2"' });
  });

  it('never skips in full refresh', async () => {
    const stream = new WatchedStream('pulls 3@2024-01-02T00:00:00Z');
    const { records } = await readOnce(stream, { probe: 'pulls 3@2024-01-02T00:00:00Z' }, 'full_refresh');
    expect(stream.reads).toBe(1);
    expect(records).toHaveLength(1);
  });
});
