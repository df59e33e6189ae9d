import { describe, expect, it } from 'vitest';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { inProcess } from '../testing/connector-under-test.js';
import { Source } from './source.js';
import { type ReadContext, type SliceContext, Stream, type StreamSlice } from './stream.js';

interface Config {
  failKey?: string;
  /** The memo each slice sets, by key. */
  tags: Record<string, string>;
}

// Two slices that remember what memo they found and set a new one before reading.
class Tagged extends Stream<Config> {
  readonly name = 'tagged';
  readonly jsonSchema = { type: 'object', properties: { id: { type: 'string' }, at: { type: 'integer' } } };
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['at'];
  readonly found: Record<string, unknown> = {};
  /** The memos `slices` saw, by key. */
  readonly planned: Record<string, unknown> = {};

  override slices(ctx: SliceContext<Config>): StreamSlice[] {
    for (const key of ['a', 'b']) this.planned[key] = ctx.savedMemoOf(key);
    return [{ key: 'a' }, { key: 'b' }];
  }

  *read(ctx: ReadContext<Config>): Generator<Record<string, unknown>> {
    const key = ctx.slice.key ?? '';
    this.found[key] = ctx.savedMemo();
    const tag = ctx.config.tags[key];
    if (tag !== undefined) ctx.setMemo({ etag: tag });
    yield { id: `${key}-1`, at: 1 };
    if (ctx.config.failKey === key) throw new Error(`slice ${key} failed`);
  }
}

class TaggedSource extends Source<Config> {
  readonly name = 'tagged-source';
  readonly stream = new Tagged();
  spec() {
    return { connectionSpecification: { type: 'object' } };
  }
  async check() {
    return { succeeded: true as const };
  }
  streams() {
    return [this.stream];
  }
}

const catalog = (syncMode: 'incremental' | 'full_refresh'): ConfiguredAirbyteCatalog => ({
  streams: [
    {
      stream: { name: 'tagged', json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
      sync_mode: syncMode,
      destination_sync_mode: 'append',
    },
  ],
});

describe('slice memos', () => {
  it('are saved with the slice state, read back next sync, and kept when not set again', async () => {
    const first = await inProcess(new TaggedSource()).read({ tags: { a: 'A1', b: 'B1' } }, catalog('incremental'));
    expect(first.exitCode).toBe(0);
    expect(first.lastStates()[0]?.stream?.stream_state).toEqual({
      a: { at: 1, _memo: { etag: 'A1' } },
      b: { at: 1, _memo: { etag: 'B1' } },
    });

    const source = new TaggedSource();
    const second = await inProcess(source).read({ tags: { a: 'A2' } }, catalog('incremental'), first.lastStates());
    expect(second.exitCode).toBe(0);
    expect(source.stream.found).toEqual({ a: { etag: 'A1' }, b: { etag: 'B1' } });
    expect(source.stream.planned).toEqual(source.stream.found);
    expect(second.lastStates()[0]?.stream?.stream_state).toEqual({
      a: { at: 1, _memo: { etag: 'A2' } },
      b: { at: 1, _memo: { etag: 'B1' } },
    });
  });

  it('are not saved when the slice fails', async () => {
    const start = [
      {
        type: 'STREAM' as const,
        stream: { stream_descriptor: { name: 'tagged' }, stream_state: { b: { at: 0, _memo: 'old' } } },
      },
    ];
    const failed = await inProcess(new TaggedSource()).read(
      { failKey: 'b', tags: { a: 'A1', b: 'B1' } },
      catalog('incremental'),
      start,
    );
    expect(failed.exitCode).toBe(1);
    for (const state of failed.lastStates()) {
      expect(state.stream?.stream_state).toHaveProperty('b._memo', 'old');
    }
    expect(JSON.stringify(failed.messages)).not.toContain('B1');
  });

  it('are neither read nor saved in full refresh', async () => {
    const source = new TaggedSource();
    const run = await inProcess(source).read({ tags: { a: 'A1', b: 'B1' } }, catalog('full_refresh'));
    expect(run.exitCode).toBe(0);
    expect(source.stream.found).toEqual({ a: undefined, b: undefined });
    expect(source.stream.planned).toEqual({ a: undefined, b: undefined });
    expect(JSON.stringify(run.messages)).not.toContain('_memo');
  });
});
