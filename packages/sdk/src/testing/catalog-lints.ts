import { streamKey } from '../config/input-state.js';
import type { JsonSchema } from '../config/json-schema.js';
import type { AirbyteCatalog, AirbyteStream } from '../protocol/generated.js';
import type { ConformanceFailure } from './conformance-result.js';
import { schemaProblems } from './schema-problems.js';
import { displayPath, schemaAtPath, typesOf, walkSchema } from './schema-walk.js';

/**
 * Lints a discovered catalog: streams present with unique names, each schema a valid draft-7
 * object schema without `allOf`, `not` or `$ref`, `additionalProperties` true when present, sync
 * modes listed, cursors and primary keys present in the schema, primary keys not objects or arrays.
 */
export function lintCatalog(catalog: AirbyteCatalog): ConformanceFailure[] {
  const failures: ConformanceFailure[] = [];
  if (!Array.isArray(catalog.streams) || catalog.streams.length === 0) {
    return [{ rule: 'catalog-empty', message: 'the catalog has no streams' }];
  }
  const seen = new Set<string>();
  for (const stream of catalog.streams) {
    const key = streamKey({ name: stream.name, namespace: stream.namespace });
    if (seen.has(key))
      failures.push({ rule: 'stream-name-unique', stream: stream.name, message: 'two streams share this name' });
    seen.add(key);
    failures.push(...lintStream(stream));
  }
  return failures;
}

function lintStream(stream: AirbyteStream): ConformanceFailure[] {
  const failures: ConformanceFailure[] = [];
  const fail = (rule: string, message: string, path?: string): void => {
    failures.push(
      path === undefined ? { rule, stream: stream.name, message } : { rule, stream: stream.name, path, message },
    );
  };
  const schema = stream.json_schema as JsonSchema;
  const problem = schemaProblems(schema);
  if (problem !== undefined) fail('stream-schema-invalid', problem);
  else if (!typesOf(schema).includes('object')) fail('stream-schema-invalid', 'the schema must have type object');
  walkSchema(schema, (node) => {
    const path = displayPath(node.path);
    for (const keyword of ['allOf', 'not'] as const) {
      if (Object.hasOwn(node.schema, keyword))
        fail('stream-schema-keyword', `"${keyword}" is not allowed in a stream schema`, path);
    }
    if (node.schema.$ref !== undefined)
      fail('unresolved-ref', `"$ref" ${JSON.stringify(node.schema.$ref)} must be inlined`, path);
    if (Object.hasOwn(node.schema, 'additionalProperties') && node.schema.additionalProperties !== true) {
      fail('additional-properties', '"additionalProperties" must be true when present', path);
    }
  });
  if (!Array.isArray(stream.supported_sync_modes) || stream.supported_sync_modes.length === 0) {
    fail('sync-modes', 'supported_sync_modes must list at least one mode');
  }
  const cursor = stream.default_cursor_field;
  if (cursor && cursor.length > 0 && schemaAtPath(schema, cursor) === undefined) {
    fail('cursor-in-schema', `default_cursor_field ${JSON.stringify(cursor)} is not a property of the schema`);
  }
  if (stream.supported_sync_modes?.includes('incremental') && !(cursor && cursor.length > 0)) {
    fail('incremental-cursor', 'the stream supports incremental but declares no default_cursor_field');
  }
  for (const path of stream.source_defined_primary_key ?? []) {
    const field = schemaAtPath(schema, path);
    if (field === undefined) {
      fail('primary-key-in-schema', `primary key ${JSON.stringify(path)} is not a property of the schema`);
    } else if (typesOf(field).some((t) => t === 'object' || t === 'array')) {
      fail('primary-key-type', `primary key ${JSON.stringify(path)} must not be an object or an array`);
    }
  }
  return failures;
}
