import { describe, expect, it } from 'vitest';
import { catalogMessage } from '../protocol/messages.js';
import { checkDiscover } from './check-discover.js';
import { inProcess } from './connector-under-test.js';
import { fakeConnector } from './fixtures/fake-connector.js';
import { Employees, GOOD_CONFIG, MemorySource } from './fixtures/memory-source.js';

class KeyNotInSchema extends Employees {
  override readonly primaryKey = [['uuid']];
}

describe('checkDiscover', () => {
  it('passes a clean catalog and returns it', async () => {
    const result = await checkDiscover(inProcess(new MemorySource()), GOOD_CONFIG);
    expect(result.failures).toEqual([]);
    expect(result.catalog?.streams.map((s) => s.name)).toEqual(['employees', 'departments']);
  });

  it('reports catalog lint failures with the stream', async () => {
    const result = await checkDiscover(inProcess(new MemorySource(() => [new KeyNotInSchema()])), GOOD_CONFIG);
    expect(result.failures).toEqual([expect.objectContaining({ rule: 'primary-key-in-schema', stream: 'employees' })]);
  });

  it('reports a discover that fails, or prints two catalogs', async () => {
    const failed = await checkDiscover(inProcess(new MemorySource()), { rows: 1 });
    expect(failed.failures.map((f) => f.rule)).toEqual(['exit-code', 'one-catalog']);
    expect(failed.failures[0]?.message).toMatch(/config is invalid/);
    const catalog = catalogMessage({
      streams: [{ name: 'a', json_schema: { type: 'object' }, supported_sync_modes: ['full_refresh'] }],
    });
    const two = await checkDiscover(fakeConnector({ discover: { lines: [catalog, catalog] } }), {});
    expect(two.failures.map((f) => f.rule)).toEqual(['one-catalog']);
  });
});
