import type { ConfiguredAirbyteStream } from '../protocol/generated.js';
import { fullRefreshCatalog, type ReadCheckOptions } from './check-basic-read.js';
import { checkLog, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/** The stream name the check adds to the catalog; no source should have it. */
export const UNKNOWN_STREAM_NAME = '__conformance_unknown_stream__';

/** A read of a catalog that names a stream the source does not have emits an ERROR trace and exits non-zero. */
export async function checkUnknownStream(
  subject: ConnectorUnderTest,
  config: unknown,
  options: Pick<ReadCheckOptions, 'catalog'> = {},
): Promise<ConformanceResult> {
  const log = checkLog();
  const catalog = await fullRefreshCatalog(log, subject, config, options.catalog);
  if (catalog) {
    const unknown: ConfiguredAirbyteStream = {
      stream: {
        name: UNKNOWN_STREAM_NAME,
        json_schema: { type: 'object', properties: {} },
        supported_sync_modes: ['full_refresh'],
      },
      sync_mode: 'full_refresh',
      destination_sync_mode: 'append',
    };
    const run = await step(log, 'read', () => subject.read(config, { streams: [...catalog.streams, unknown] }));
    if (run) {
      if (run.errors().length === 0) {
        log.failures.push({ rule: 'error-trace', message: 'reading an unknown stream gave no ERROR trace' });
      }
      if (run.exitCode === 0) log.failures.push({ rule: 'exit-code', message: 'reading an unknown stream exited 0' });
    }
  }
  return conformanceResult('unknown stream', log.failures, log.runs);
}
