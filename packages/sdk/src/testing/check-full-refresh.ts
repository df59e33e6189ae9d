import { streamKey } from '../config/input-state.js';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { fullRefreshCatalog, type ReadCheckOptions } from './check-basic-read.js';
import { checkLog, outputProblems, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorRun } from './connector-run.js';
import type { ConnectorUnderTest } from './connector-under-test.js';
import { recordIdentity } from './record-keys.js';

/**
 * Two full refreshes in a row: both succeed, and for every stream the second run's records cover
 * the first's (by primary key, or by whole record for streams without one).
 */
export async function checkFullRefreshTwice(
  subject: ConnectorUnderTest,
  config: unknown,
  options: Pick<ReadCheckOptions, 'catalog'> = {},
): Promise<ConformanceResult> {
  const log = checkLog();
  const catalog = await fullRefreshCatalog(log, subject, config, options.catalog);
  if (catalog) {
    const first = await step(log, 'first read', () => subject.read(config, catalog));
    const second = first && (await step(log, 'second read', () => subject.read(config, catalog)));
    if (first && second) {
      log.failures.push(...outputProblems(first, 'first read'), ...outputProblems(second, 'second read'));
      const before = identitiesByStream(first, catalog);
      const after = identitiesByStream(second, catalog);
      for (const [key, ids] of before) {
        const later = after.get(key) ?? new Set<string>();
        const missing = [...ids].filter((id) => !later.has(id));
        if (missing.length > 0) {
          log.failures.push({
            rule: 'full-refresh-coverage',
            stream: streamName(catalog, key),
            message: `${missing.length} records of the first read are missing from the second, e.g. ${missing.slice(0, 3).join(', ')}`,
          });
        }
      }
    }
  }
  return conformanceResult('two full refreshes', log.failures, log.runs);
}

/** Record identities (see {@link recordIdentity}) of each configured stream in a run, by stream key. */
export function identitiesByStream(run: ConnectorRun, catalog: ConfiguredAirbyteCatalog): Map<string, Set<string>> {
  const keys = new Map<string, readonly (readonly string[])[] | undefined>();
  const out = new Map<string, Set<string>>();
  for (const c of catalog.streams) {
    const key = streamKey({ name: c.stream.name, namespace: c.stream.namespace });
    keys.set(key, c.primary_key ?? c.stream.source_defined_primary_key);
    out.set(key, new Set());
  }
  for (const record of run.records()) {
    const key = streamKey({ name: record.stream, namespace: record.namespace });
    out.get(key)?.add(recordIdentity(record.data, keys.get(key)));
  }
  return out;
}

function streamName(catalog: ConfiguredAirbyteCatalog, key: string): string {
  return (
    catalog.streams.find((c) => streamKey({ name: c.stream.name, namespace: c.stream.namespace }) === key)?.stream
      .name ?? key
  );
}
