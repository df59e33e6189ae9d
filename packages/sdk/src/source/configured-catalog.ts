import { streamKey } from '../config/input-state.js';
import { configError } from '../errors/airbyte-error.js';
import type { ConfiguredAirbyteStream, SyncMode } from '../protocol/generated.js';
import { parseConfiguredCatalog } from '../protocol/validate.js';
import type { Stream } from './stream.js';

/** A configured stream matched with the source's stream that reads it. */
export interface ResolvedStream<C> {
  readonly configured: ConfiguredAirbyteStream;
  readonly stream: Stream<C>;
  readonly syncMode: SyncMode;
  /** The cursor used in incremental mode: the stream's own (source-defined) cursor. */
  readonly cursorField: readonly string[] | undefined;
}

/**
 * Checks a configured catalog against the protocol and against the source's streams, and pairs
 * each configured stream with its stream. Unknown streams, duplicate entries, sync modes a stream
 * does not support, and incremental streams without a cursor are `config_error`s naming the stream.
 */
export function resolveConfiguredCatalog<C>(catalog: unknown, streams: readonly Stream<C>[]): ResolvedStream<C>[] {
  const byKey = new Map(streams.map((s) => [streamKey({ name: s.name, namespace: s.namespace }), s]));
  const seen = new Set<string>();
  return parseConfiguredCatalog(catalog).streams.map((configured, index) => {
    const where = `catalog.streams[${index}]`;
    const name = configured.stream.name;
    const key = streamKey({ name, namespace: configured.stream.namespace });
    const stream = byKey.get(key);
    if (!stream) {
      const known = streams.map((s) => s.name).join(', ');
      throw configError(`${where}: stream "${name}" is not a stream of this source (its streams: ${known})`);
    }
    if (seen.has(key)) throw configError(`${where}: stream "${name}" is configured twice`);
    seen.add(key);
    const syncMode = configured.sync_mode;
    const cursorField = stream.cursorField && stream.cursorField.length > 0 ? stream.cursorField : undefined;
    if (syncMode === 'incremental' && !cursorField) {
      const given = configured.cursor_field?.length
        ? ` (cursor_field ${JSON.stringify(configured.cursor_field)} given)`
        : '';
      throw configError(
        `${where}: stream "${name}" has no cursor, so it cannot sync incrementally${given}; use full_refresh`,
      );
    }
    return { configured, stream, syncMode, cursorField };
  });
}
