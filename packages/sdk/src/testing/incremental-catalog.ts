import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { type CheckLog, discoverFor } from './check-steps.js';
import { configuredCatalogFrom } from './configured-catalog-from.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/** The catalog an incremental check uses: the given one, or every discovered stream that supports incremental. */
export async function incrementalCatalog(
  log: CheckLog,
  subject: ConnectorUnderTest,
  config: unknown,
  given: ConfiguredAirbyteCatalog | undefined,
): Promise<ConfiguredAirbyteCatalog | undefined> {
  if (given) return { streams: given.streams.filter((s) => s.sync_mode === 'incremental') };
  const discovered = await discoverFor(log, subject, config);
  return discovered ? configuredCatalogFrom(discovered, { syncMode: 'incremental' }) : undefined;
}
