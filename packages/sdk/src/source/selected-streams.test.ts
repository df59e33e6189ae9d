import { describe, expect, it } from 'vitest';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { inProcess } from '../testing/connector-under-test.js';
import { Source } from './source.js';
import { type ReadContext, type SliceContext, Stream, type StreamSlice } from './stream.js';

// Each stream records which streams its slices and reads were told the catalog selected.
class Noting extends Stream<Record<string, never>> {
  readonly jsonSchema = { type: 'object', properties: { seen: { type: 'string' } } };
  readonly seenBySlices: string[][] = [];
  readonly seenByRead: string[][] = [];

  constructor(readonly name: string) {
    super();
  }

  override slices(ctx: SliceContext<Record<string, never>>): StreamSlice[] {
    this.seenBySlices.push([...ctx.selectedStreams].sort());
    return [{}];
  }

  async *read(ctx: ReadContext<Record<string, never>>): AsyncGenerator<Record<string, unknown>> {
    this.seenByRead.push([...ctx.selectedStreams].sort());
    yield { seen: [...ctx.selectedStreams].join(',') };
  }
}

class ThreeStreams extends Source<Record<string, never>> {
  readonly name = 'three-streams';
  readonly all = ['alpha', 'beta', 'gamma'].map((name) => new Noting(name));
  spec() {
    return { connectionSpecification: { type: 'object' } };
  }
  async check() {
    return { succeeded: true as const };
  }
  streams() {
    return this.all;
  }
}

function catalogOf(...names: string[]): ConfiguredAirbyteCatalog {
  return {
    streams: names.map((name) => ({
      stream: { name, json_schema: {}, supported_sync_modes: ['full_refresh'] },
      sync_mode: 'full_refresh',
      destination_sync_mode: 'overwrite',
    })),
  };
}

describe('SliceContext.selectedStreams', () => {
  it('names every stream the configured catalog selected, to slices and reads alike', async () => {
    const source = new ThreeStreams();
    const run = await inProcess(source).read({}, catalogOf('gamma', 'alpha'));
    expect(run.exitCode).toBe(0);
    const [alpha, beta, gamma] = source.all;
    expect(alpha?.seenBySlices).toEqual([['alpha', 'gamma']]);
    expect(alpha?.seenByRead).toEqual([['alpha', 'gamma']]);
    expect(gamma?.seenByRead).toEqual([['alpha', 'gamma']]);
    // A stream left out of the catalog is not read at all, nor named to the others.
    expect(beta?.seenBySlices).toEqual([]);
  });

  it('names only the stream itself when it is the only one selected', async () => {
    const source = new ThreeStreams();
    await inProcess(source).read({}, catalogOf('beta'));
    expect(source.all[1]?.seenByRead).toEqual([['beta']]);
  });
});
