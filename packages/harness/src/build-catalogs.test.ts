import type { AirbyteCatalog, AirbyteStream } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { buildCatalogs } from './build-catalogs.js';
import { HarnessError } from './harness-error.js';

const stream = (name: string, incremental: boolean): AirbyteStream => ({
  name,
  json_schema: { type: 'object' },
  supported_sync_modes: incremental ? ['full_refresh', 'incremental'] : ['full_refresh'],
  ...(incremental ? { source_defined_cursor: true, default_cursor_field: ['updated_at'] } : {}),
  source_defined_primary_key: [['id']],
});

// A source whose streams depend on their order: `runs` hands its listing to `jobs`, read after it.
const discovered: AirbyteCatalog = {
  streams: [stream('repos', false), stream('runs', true), stream('jobs', true), stream('labels', false)],
};

describe('buildCatalogs', () => {
  it("configures the selected streams in the source's order, whatever order the connection lists them in", () => {
    const { source, destination } = buildCatalogs(
      discovered,
      [{ name: 'jobs' }, { name: 'repos' }, { name: 'runs', syncMode: 'full_refresh' }],
      'c__src__',
    );
    expect(source.streams.map((s) => [s.stream.name, s.sync_mode, s.destination_sync_mode])).toEqual([
      ['repos', 'full_refresh', 'overwrite'],
      ['runs', 'full_refresh', 'overwrite'],
      ['jobs', 'incremental', 'append'],
    ]);
    expect(destination.streams.map((s) => s.stream.name)).toEqual(['c__src__repos', 'c__src__runs', 'c__src__jobs']);
  });

  it('configures every stream when the connection lists none', () => {
    const { source } = buildCatalogs(discovered, undefined, '');
    expect(source.streams.map((s) => [s.stream.name, s.sync_mode, s.cursor_field])).toEqual([
      ['repos', 'full_refresh', undefined],
      ['runs', 'incremental', ['updated_at']],
      ['jobs', 'incremental', ['updated_at']],
      ['labels', 'full_refresh', undefined],
    ]);
  });

  it('names a selected stream the source does not have, and the ones it has', () => {
    expect(() => buildCatalogs(discovered, [{ name: 'runs' }, { name: 'builds' }], '')).toThrow(
      new HarnessError("stream builds is not in the source's catalog (it has: repos, runs, jobs, labels)", 2),
    );
  });
});
