import { describe, expect, it } from 'vitest';
import type { AirbyteCatalog } from '../protocol/generated.js';
import { configuredCatalogFrom } from './configured-catalog-from.js';

const catalog: AirbyteCatalog = {
  streams: [
    {
      name: 'employees',
      json_schema: { type: 'object' },
      supported_sync_modes: ['full_refresh', 'incremental'],
      default_cursor_field: ['updated_at'],
      source_defined_primary_key: [['id']],
    },
    { name: 'departments', json_schema: { type: 'object' }, supported_sync_modes: ['full_refresh'] },
  ],
};

describe('configuredCatalogFrom', () => {
  it('configures every stream as full refresh by default, with its primary key', () => {
    const out = configuredCatalogFrom(catalog);
    expect(
      out.streams.map((s) => [s.stream.name, s.sync_mode, s.destination_sync_mode, s.primary_key, s.cursor_field]),
    ).toEqual([
      ['employees', 'full_refresh', 'append', [['id']], undefined],
      ['departments', 'full_refresh', 'append', undefined, undefined],
    ]);
  });

  it('configures incremental streams with their default cursor and leaves out the others', () => {
    const out = configuredCatalogFrom(catalog, { syncMode: 'incremental', destinationSyncMode: 'append_dedup' });
    expect(out.streams.map((s) => [s.stream.name, s.sync_mode, s.cursor_field, s.destination_sync_mode])).toEqual([
      ['employees', 'incremental', ['updated_at'], 'append_dedup'],
    ]);
    const mixed = configuredCatalogFrom(catalog, { syncMode: 'incremental', fallbackToFullRefresh: true });
    expect(mixed.streams.map((s) => s.sync_mode)).toEqual(['incremental', 'full_refresh']);
  });

  it('keeps only the named streams', () => {
    expect(configuredCatalogFrom(catalog, { streams: ['departments'] }).streams.map((s) => s.stream.name)).toEqual([
      'departments',
    ]);
  });
});
