import type { AirbyteCatalog } from '../protocol/generated.js';
import { lintCatalog } from './catalog-lints.js';
import { checkLog, outputProblems, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/** A discover check's result, with the catalog when there was one. */
export interface DiscoverResult extends ConformanceResult {
  readonly catalog?: AirbyteCatalog;
}

/** `discover` prints exactly one CATALOG, exits 0, and the catalog passes {@link lintCatalog}. */
export async function checkDiscover(subject: ConnectorUnderTest, config: unknown): Promise<DiscoverResult> {
  const log = checkLog();
  const run = await step(log, 'discover', () => subject.discover(config));
  const catalog = run?.catalog;
  if (run) {
    log.failures.push(...outputProblems(run, 'discover'));
    const count = run.count('CATALOG');
    if (count !== 1)
      log.failures.push({ rule: 'one-catalog', message: `discover printed ${count} CATALOG messages, not 1` });
    if (catalog) log.failures.push(...lintCatalog(catalog));
  }
  const result = conformanceResult('discover', log.failures, log.runs);
  return catalog ? { ...result, catalog } : result;
}
