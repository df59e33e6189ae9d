import type { AirbyteStream } from '../protocol/generated.js';
import type { Stream } from './stream.js';

/** The catalog entry `discover` shows for a stream. */
export function toAirbyteStream(stream: Stream<never>): AirbyteStream {
  const incremental = stream.cursorField !== undefined && stream.cursorField.length > 0;
  const entry: AirbyteStream = {
    name: stream.name,
    json_schema: stream.jsonSchema,
    supported_sync_modes: incremental ? ['full_refresh', 'incremental'] : ['full_refresh'],
  };
  if (stream.namespace !== undefined) entry.namespace = stream.namespace;
  if (incremental) {
    entry.source_defined_cursor = true;
    entry.default_cursor_field = [...(stream.cursorField ?? [])];
    entry.is_resumable = true;
  }
  if (stream.primaryKey.length > 0) entry.source_defined_primary_key = stream.primaryKey.map((path) => [...path]);
  return entry;
}
