import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { type CheckLog, checkLog, discoverFor, step } from './check-steps.js';
import { configuredCatalogFrom } from './configured-catalog-from.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';
import { lintReadOutput, type ReadLintOptions } from './read-lints.js';

/** Options of the read checks. */
export interface ReadCheckOptions extends ReadLintOptions {
  /** The configured catalog to read (default: every discovered stream, full refresh). */
  catalog?: ConfiguredAirbyteCatalog;
}

/**
 * A full-refresh read of the catalog passes {@link lintReadOutput}: records in every stream, valid
 * against their schemas, primary keys present, statuses in order, states with correct counts.
 */
export async function checkBasicRead(
  subject: ConnectorUnderTest,
  config: unknown,
  options: ReadCheckOptions = {},
): Promise<ConformanceResult> {
  const log = checkLog();
  const catalog = await fullRefreshCatalog(log, subject, config, options.catalog);
  if (catalog) {
    const run = await step(log, 'read', () => subject.read(config, catalog));
    if (run) log.failures.push(...lintReadOutput(run, catalog, options));
  }
  return conformanceResult('basic read', log.failures, log.runs);
}

/** The catalog a read check uses: the given one, or all discovered streams in full refresh. */
export async function fullRefreshCatalog(
  log: CheckLog,
  subject: ConnectorUnderTest,
  config: unknown,
  given: ConfiguredAirbyteCatalog | undefined,
): Promise<ConfiguredAirbyteCatalog | undefined> {
  if (given) return given;
  const discovered = await discoverFor(log, subject, config);
  return discovered ? configuredCatalogFrom(discovered, { syncMode: 'full_refresh' }) : undefined;
}
