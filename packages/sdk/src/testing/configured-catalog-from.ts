import type {
  AirbyteCatalog,
  AirbyteStream,
  ConfiguredAirbyteCatalog,
  ConfiguredAirbyteStream,
  DestinationSyncMode,
  SyncMode,
} from '../protocol/generated.js';

/** Which streams to configure, and how. */
export interface ConfiguredCatalogOptions {
  /**
   * `full_refresh` (default) or `incremental`. With `incremental`, streams that do not support it
   * are left out (or, with `fallbackToFullRefresh`, configured as full refresh).
   */
  syncMode?: SyncMode;
  /** Names of the streams to keep (default: all). */
  streams?: readonly string[];
  /** Keep streams without incremental support, as full refresh, in an incremental catalog. */
  fallbackToFullRefresh?: boolean;
  /** Default `append`. */
  destinationSyncMode?: DestinationSyncMode;
}

/**
 * A configured catalog from a discovered one: the chosen streams with the sync mode, their
 * default cursor and source-defined primary key, as the platform would configure them.
 */
export function configuredCatalogFrom(
  catalog: AirbyteCatalog,
  options: ConfiguredCatalogOptions = {},
): ConfiguredAirbyteCatalog {
  const wanted = options.streams ? new Set(options.streams) : undefined;
  const syncMode = options.syncMode ?? 'full_refresh';
  const streams: ConfiguredAirbyteStream[] = [];
  for (const stream of catalog.streams) {
    if (wanted && !wanted.has(stream.name)) continue;
    const mode: SyncMode | undefined = stream.supported_sync_modes.includes(syncMode)
      ? syncMode
      : options.fallbackToFullRefresh && stream.supported_sync_modes.includes('full_refresh')
        ? 'full_refresh'
        : undefined;
    if (mode) streams.push(configureStream(stream, mode, options.destinationSyncMode ?? 'append'));
  }
  return { streams };
}

/** True when the stream can sync incrementally. */
export function supportsIncremental(stream: AirbyteStream): boolean {
  return stream.supported_sync_modes.includes('incremental');
}

function configureStream(
  stream: AirbyteStream,
  syncMode: SyncMode,
  destination: DestinationSyncMode,
): ConfiguredAirbyteStream {
  const configured: ConfiguredAirbyteStream = { stream, sync_mode: syncMode, destination_sync_mode: destination };
  if (syncMode === 'incremental' && stream.default_cursor_field)
    configured.cursor_field = [...stream.default_cursor_field];
  if (stream.source_defined_primary_key) configured.primary_key = stream.source_defined_primary_key.map((p) => [...p]);
  return configured;
}
