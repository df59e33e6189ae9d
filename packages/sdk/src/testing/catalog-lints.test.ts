import { describe, expect, it } from 'vitest';
import type { AirbyteStream } from '../protocol/generated.js';
import { lintCatalog } from './catalog-lints.js';

const employees: AirbyteStream = {
  name: 'employees',
  json_schema: {
    type: 'object',
    additionalProperties: true,
    properties: { id: { type: 'integer' }, meta: { type: 'object', properties: { updated: { type: 'string' } } } },
  },
  supported_sync_modes: ['full_refresh', 'incremental'],
  source_defined_cursor: true,
  default_cursor_field: ['meta', 'updated'],
  source_defined_primary_key: [['id']],
};

function lint(...streams: AirbyteStream[]) {
  return lintCatalog({ streams }).map((f) => [f.rule, f.stream]);
}

describe('lintCatalog', () => {
  it('passes a catalog with nested cursor and valid schema', () => {
    expect(lintCatalog({ streams: [employees, { ...employees, name: 'other' }] })).toEqual([]);
  });

  it('reports an empty catalog and duplicate names', () => {
    expect(lint()).toEqual([['catalog-empty', undefined]]);
    expect(lint(employees, employees)).toEqual([['stream-name-unique', 'employees']]);
  });

  it('reports invalid schemas and schemas that are not objects', () => {
    expect(lint({ ...employees, json_schema: { type: 'integer', minimum: 'x' } })).toContainEqual([
      'stream-schema-invalid',
      'employees',
    ]);
    expect(
      lint({
        ...employees,
        name: 'n',
        json_schema: { type: 'string' },
        default_cursor_field: [],
        source_defined_primary_key: [],
      }),
    ).toEqual([
      ['stream-schema-invalid', 'n'],
      ['incremental-cursor', 'n'],
    ]);
  });

  it('reports allOf, not, $ref and additionalProperties false in stream schemas', () => {
    const json_schema = {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        meta: { type: 'object', properties: { updated: { type: 'string' } } },
        a: { allOf: [{ type: 'string' }] },
        b: { not: { type: 'null' } },
        c: { $ref: '#/definitions/c' },
        d: { type: 'object', additionalProperties: false },
      },
      definitions: { c: { type: 'string' } },
    };
    expect(lintCatalog({ streams: [{ ...employees, json_schema }] }).map((f) => [f.rule, f.path])).toEqual([
      ['stream-schema-keyword', 'properties.a'],
      ['stream-schema-keyword', 'properties.b'],
      ['unresolved-ref', 'properties.c'],
      ['additional-properties', 'properties.d'],
    ]);
  });

  it('reports cursors and primary keys missing from the schema, and primary keys of object type', () => {
    expect(lint({ ...employees, default_cursor_field: ['updated_at'] })).toEqual([['cursor-in-schema', 'employees']]);
    expect(lint({ ...employees, source_defined_primary_key: [['uuid']] })).toEqual([
      ['primary-key-in-schema', 'employees'],
    ]);
    expect(lint({ ...employees, source_defined_primary_key: [['meta']] })).toEqual([['primary-key-type', 'employees']]);
  });

  it('reports streams without sync modes and incremental streams without a cursor', () => {
    const noModes = { ...employees, supported_sync_modes: [] } as unknown as AirbyteStream;
    expect(lint(noModes)).toEqual([['sync-modes', 'employees']]);
    const { default_cursor_field: _, ...noCursor } = employees;
    expect(lint(noCursor)).toEqual([['incremental-cursor', 'employees']]);
  });
});
