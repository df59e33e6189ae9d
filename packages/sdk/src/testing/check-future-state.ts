import type { AirbyteStateMessage, AirbyteStream, ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { streamDescriptor } from '../protocol/messages.js';
import { checkLog, outputProblems, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';
import { farFutureState } from './far-future-state.js';
import { incrementalCatalog } from './incremental-catalog.js';

/** Builds a stream's state whose cursor lies far in the future. */
export type FutureStateBuilder = (stream: AirbyteStream) => Record<string, unknown>;

/** Options of {@link checkFutureState}. */
export interface FutureStateCheckOptions {
  /** An incremental configured catalog (default: every discovered stream that supports incremental). */
  catalog?: ConfiguredAirbyteCatalog;
  /**
   * Builds the future state of each stream. Without it, a first incremental read runs and each
   * stream's last state is moved ahead with {@link farFutureState}.
   */
  futureState?: FutureStateBuilder;
}

/** An incremental read from a state far in the future yields no records, but at least one state per stream. */
export async function checkFutureState(
  subject: ConnectorUnderTest,
  config: unknown,
  options: FutureStateCheckOptions = {},
): Promise<ConformanceResult> {
  const log = checkLog();
  const catalog = await incrementalCatalog(log, subject, config, options.catalog);
  if (catalog && catalog.streams.length === 0)
    return conformanceResult('future state', [], log.runs, 'no stream supports incremental');
  if (!catalog) return conformanceResult('future state', log.failures, log.runs);
  let build = options.futureState;
  if (!build) {
    const first = await step(log, 'first read', () => subject.read(config, catalog));
    if (!first) return conformanceResult('future state', log.failures, log.runs);
    log.failures.push(...outputProblems(first, 'first read'));
    build = (stream) => {
      const selector =
        stream.namespace === undefined ? stream.name : { name: stream.name, namespace: stream.namespace };
      const last = first.states(selector).at(-1)?.stream?.stream_state ?? {};
      const future = farFutureState(last, stream.default_cursor_field);
      if (future.replaced === 0) {
        log.failures.push({
          rule: 'future-state-derive',
          stream: stream.name,
          message: 'no cursor value found in the last state to move ahead; pass options.futureState',
        });
      }
      return future.state;
    };
  }
  const states: AirbyteStateMessage[] = catalog.streams.map((c) => ({
    type: 'STREAM',
    stream: { stream_descriptor: streamDescriptor(c.stream.name, c.stream.namespace), stream_state: build(c.stream) },
  }));
  const run = await step(log, 'read from a future state', () => subject.read(config, catalog, states));
  if (run) {
    log.failures.push(...outputProblems(run, 'read from a future state'));
    for (const c of catalog.streams) {
      const selector =
        c.stream.namespace === undefined ? c.stream.name : { name: c.stream.name, namespace: c.stream.namespace };
      const records = run.records(selector).length;
      if (records > 0) {
        log.failures.push({
          rule: 'future-state-records',
          stream: c.stream.name,
          message: `${records} records read from a future state`,
        });
      }
      if (run.states(selector).length === 0) {
        log.failures.push({
          rule: 'future-state-state',
          stream: c.stream.name,
          message: 'no state emitted when reading from a future state',
        });
      }
    }
  }
  return conformanceResult('future state', log.failures, log.runs);
}
