import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { streamStateMessage } from '../protocol/messages.js';
import { configuredCatalogFrom } from './configured-catalog-from.js';
import { command, inProcess } from './connector-under-test.js';
import { GOOD_CONFIG, MemorySource } from './fixtures/memory-source.js';

// A real SDK source as a child process (imports the built SDK: `npm run build` first).
const child = command(process.execPath, [fileURLToPath(new URL('./fixtures/paged-source.ts', import.meta.url))]);

describe('command', () => {
  it('runs spec, check, discover and read through files it writes, passing the state array', async () => {
    expect((await child.spec()).spec?.connectionSpecification).toMatchObject({ type: 'object' });
    expect((await child.check({})).connectionStatus).toEqual({ status: 'SUCCEEDED' });
    const catalog = (await child.discover({ items: 30 })).catalog;
    expect(catalog?.streams.map((s) => s.name)).toEqual(['items', 'tags']);
    if (!catalog) return;
    const state = [streamStateMessage({ name: 'items' }, { updated_at: '2026-01-01T00:25:00.000Z' }).state];
    const run = await child.read(
      { items: 30, tags: 3 },
      configuredCatalogFrom(catalog, { syncMode: 'incremental' }),
      state,
    );
    expect(run.exitCode).toBe(0);
    expect(run.records('items').map((r) => r.data.id)).toEqual([25, 26, 27, 28, 29, 30]);
    expect(run.records('tags')).toHaveLength(3);
    expect(child.description).toMatch(/paged-source\.ts$/);
  });
});

describe('inProcess', () => {
  it('runs the same commands on a connector object', async () => {
    const subject = inProcess(new MemorySource());
    expect(subject.description).toBe('in-process memory-source');
    const catalog = (await subject.discover(GOOD_CONFIG)).catalog;
    if (!catalog) throw new Error('no catalog');
    const state = [streamStateMessage({ name: 'employees' }, { updated_at: '2026-01-01T00:20:00.000Z' }).state];
    const run = await subject.read(GOOD_CONFIG, configuredCatalogFrom(catalog, { syncMode: 'incremental' }), state);
    expect(run.records('employees').map((r) => r.data.id)).toEqual([20, 21, 22, 23]);
    expect((await subject.run(['spec'])).spec).toBeDefined();
  });
});
