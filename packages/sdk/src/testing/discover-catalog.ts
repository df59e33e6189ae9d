import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { type ConfiguredCatalogOptions, configuredCatalogFrom } from './configured-catalog-from.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/**
 * Runs `discover` on a source under test and configures the catalog it emits (see
 * {@link configuredCatalogFrom}): the usual first step of a read test. Throws, naming the
 * connector and its error traces, when discover emits no catalog.
 *
 * @example
 * ```ts
 * const subject = inProcess(new MySource());
 * const catalog = await discoverCatalog(subject, config, { streams: ['issues'], syncMode: 'incremental' });
 * const run = await subject.read(config, catalog);
 * ```
 */
export async function discoverCatalog(
  subject: ConnectorUnderTest,
  config: unknown,
  options: ConfiguredCatalogOptions = {},
): Promise<ConfiguredAirbyteCatalog> {
  const run = await subject.discover(config);
  if (!run.catalog) {
    const errors = run.errors().map((e) => e.message);
    const why = errors.length > 0 ? errors.join('; ') : `exit ${run.exitCode}, no CATALOG message`;
    throw new Error(`discover of ${subject.description} gave no catalog: ${why}`);
  }
  return configuredCatalogFrom(run.catalog, options);
}
