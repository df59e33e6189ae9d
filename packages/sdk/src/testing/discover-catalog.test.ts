import { describe, expect, it } from 'vitest';
import { inProcess } from './connector-under-test.js';
import { discoverCatalog } from './discover-catalog.js';
import { fakeConnector } from './fixtures/fake-connector.js';
import { GOOD_CONFIG, MemorySource } from './fixtures/memory-source.js';

describe('discoverCatalog', () => {
  it('configures what discover emits, as asked', async () => {
    const catalog = await discoverCatalog(inProcess(new MemorySource()), GOOD_CONFIG, {
      streams: ['employees', 'departments'],
      syncMode: 'incremental',
    });
    // departments is full refresh only, so an incremental selection leaves it out.
    expect(catalog.streams.map((s) => [s.stream.name, s.sync_mode, s.cursor_field])).toEqual([
      ['employees', 'incremental', ['updated_at']],
    ]);
  });

  it("throws naming the connector's error when discover emits no catalog", async () => {
    const failing = fakeConnector({
      discover: {
        lines: [
          {
            type: 'TRACE',
            trace: {
              type: 'ERROR',
              emitted_at: 0,
              error: { message: 'the token is refused', failure_type: 'config_error' },
            },
          },
        ],
        exitCode: 1,
      },
    });
    await expect(discoverCatalog(failing, {})).rejects.toThrow(/gave no catalog: the token is refused/);
    const silent = fakeConnector({ discover: { lines: [] } });
    await expect(discoverCatalog(silent, {})).rejects.toThrow(/gave no catalog: exit 0, no CATALOG message/);
  });
});
