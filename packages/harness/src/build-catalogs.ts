import type { AirbyteCatalog, ConfiguredAirbyteCatalog, ConfiguredAirbyteStream } from '@faros-ce/sdk';
import type { StreamSelection } from './connection/connection.js';
import { EXIT, HarnessError } from './harness-error.js';

/** The catalogs of one sync: the source's, and the destination's with prefixed stream names. */
export interface SyncCatalogs {
  readonly source: ConfiguredAirbyteCatalog;
  readonly destination: ConfiguredAirbyteCatalog;
}

/** Options of {@link buildCatalogs}. */
export interface BuildCatalogOptions {
  /** Every stream full refresh + overwrite (the `--full-refresh` flag). */
  fullRefresh?: boolean;
}

/**
 * Configures the discovered streams the connection selects (all when it lists none) as Airbyte's
 * platform does: in the source's catalog order (a connection picks streams, not the order a source
 * reads them in, which a source may rely on), incremental + append when the stream supports it, else
 * full refresh + overwrite; the source-defined or default cursor and primary key unless the file sets
 * them. The destination gets the same streams under `prefix + name`.
 *
 * @throws HarnessError when a selected stream is not in the catalog or cannot take its sync mode.
 */
export function buildCatalogs(
  discovered: AirbyteCatalog,
  selection: readonly StreamSelection[] | undefined,
  prefix: string,
  options: BuildCatalogOptions = {},
): SyncCatalogs {
  const keyOf = (s: { name: string; namespace?: string | null }) => `${s.namespace ?? ''}/${s.name}`;
  const discoveredKeys = new Set(discovered.streams.map(keyOf));
  for (const choice of selection ?? []) {
    if (!discoveredKeys.has(keyOf(choice))) {
      const names = discovered.streams.map((s) => s.name).join(', ');
      throw new HarnessError(`stream ${choice.name} is not in the source's catalog (it has: ${names})`, EXIT.badInput);
    }
  }
  const choices = new Map((selection ?? []).map((choice) => [keyOf(choice), choice]));
  const source: ConfiguredAirbyteStream[] = [];
  for (const stream of discovered.streams) {
    const choice: StreamSelection | undefined =
      selection === undefined ? { name: stream.name } : choices.get(keyOf(stream));
    if (choice === undefined) continue;
    const incremental = stream.supported_sync_modes.includes('incremental');
    const syncMode = options.fullRefresh
      ? 'full_refresh'
      : (choice.syncMode ?? (incremental ? 'incremental' : 'full_refresh'));
    if (!stream.supported_sync_modes.includes(syncMode)) {
      throw new HarnessError(
        `stream ${stream.name} does not support ${syncMode} (it supports ${stream.supported_sync_modes.join(', ')})`,
        EXIT.badInput,
      );
    }
    const destinationSyncMode = options.fullRefresh
      ? 'overwrite'
      : (choice.destinationSyncMode ?? (syncMode === 'incremental' ? 'append' : 'overwrite'));
    const cursorField = stream.source_defined_cursor
      ? stream.default_cursor_field
      : (choice.cursorField ?? stream.default_cursor_field);
    if (syncMode === 'incremental' && (cursorField === undefined || cursorField.length === 0)) {
      throw new HarnessError(
        `stream ${stream.name} is incremental but has no cursor field: set cursor_field`,
        EXIT.badInput,
      );
    }
    const primaryKey = choice.primaryKey ?? stream.source_defined_primary_key;
    source.push({
      stream,
      sync_mode: syncMode,
      destination_sync_mode: destinationSyncMode,
      ...(syncMode === 'incremental' && cursorField ? { cursor_field: [...cursorField] } : {}),
      ...(primaryKey ? { primary_key: primaryKey.map((p) => [...p]) } : {}),
    });
  }
  const destination = source.map((s) => ({ ...s, stream: { ...s.stream, name: `${prefix}${s.stream.name}` } }));
  return { source: { streams: source }, destination: { streams: destination } };
}
