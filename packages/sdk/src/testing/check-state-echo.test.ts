import { describe, expect, it } from 'vitest';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { checkStateEcho } from './check-state-echo.js';
import { configuredCatalogFrom } from './configured-catalog-from.js';
import { type EchoBug, echoDestination } from './fixtures/echo-destination.js';

const catalog: ConfiguredAirbyteCatalog = configuredCatalogFrom({
  streams: ['a', 'b', 'empty'].map((name) => ({
    name,
    json_schema: { type: 'object' },
    supported_sync_modes: ['full_refresh'],
  })),
});
const records = { a: [{ id: 1 }, { id: 2 }, { id: 3 }], b: [{ id: 1 }] };

const rules = async (bug: EchoBug) =>
  (await checkStateEcho(echoDestination(bug), {}, catalog, { records })).failures.map((f) => f.rule);

describe('checkStateEcho', () => {
  it('passes a destination that echoes every state in order with its id and counts', async () => {
    const result = await checkStateEcho(echoDestination(), {}, catalog, { records });
    expect(result.failures).toEqual([]);
    // a: 2 + 1 records, b: 1, empty: 0 → four states, the last of each stream after its last record.
    expect(
      result.runs[0]?.states().map((s) => [s.id, s.stream?.stream_descriptor.name, s.destinationStats?.recordCount]),
    ).toEqual([
      [1, 'a', 2],
      [2, 'b', 1],
      [3, 'empty', 0],
      [4, 'a', 1],
    ]);
  });

  it('reports states echoed out of order', async () => {
    expect(await rules('reverse')).toEqual(['echo-order']);
  });

  it('reports a missing id, a changed state and wrong destination counts', async () => {
    expect(await rules('drop-id')).toEqual(['echo-order', 'echo-id', 'echo-id', 'echo-id', 'echo-id']);
    expect(await rules('rewrite-state')).toEqual([
      'echo-state-changed',
      'echo-state-changed',
      'echo-state-changed',
      'echo-state-changed',
    ]);
    expect(await rules('wrong-count')).toEqual([
      'echo-destination-stats',
      'echo-destination-stats',
      'echo-destination-stats',
      'echo-destination-stats',
    ]);
  });

  it('reports a skipped state', async () => {
    expect(await rules('skip-first')).toEqual(['echo-count', 'echo-order']);
  });
});
