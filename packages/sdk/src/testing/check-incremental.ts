import { streamKey } from '../config/input-state.js';
import type { AirbyteStateMessage, ConfiguredAirbyteCatalog, ConfiguredAirbyteStream } from '../protocol/generated.js';
import { type CheckLog, checkLog, outputProblems, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorRun } from './connector-run.js';
import type { ConnectorUnderTest } from './connector-under-test.js';
import { incrementalCatalog } from './incremental-catalog.js';
import { recordIdentity } from './record-keys.js';
import { lastStatesPerStream } from './state-array.js';

/** Options of {@link checkIncremental}. */
export interface IncrementalCheckOptions {
  /** An incremental configured catalog (default: every discovered stream that supports incremental). */
  catalog?: ConfiguredAirbyteCatalog;
  /** Intermediate checkpoints of each stream to resume from (default 5; 0 skips that part). */
  checkpointSamples?: number;
}

/**
 * Incremental reads: a first read yields records and states for every stream; a second read from
 * the first's last states yields a different, smaller record set; and resuming from a sample of
 * the first read's intermediate checkpoints yields at least the records its `sourceStats` counted
 * after each of them.
 */
export async function checkIncremental(
  subject: ConnectorUnderTest,
  config: unknown,
  options: IncrementalCheckOptions = {},
): Promise<ConformanceResult> {
  const log = checkLog();
  const catalog = await incrementalCatalog(log, subject, config, options.catalog);
  if (catalog && catalog.streams.length === 0)
    return conformanceResult('incremental', [], log.runs, 'no stream supports incremental');
  const first = catalog && (await step(log, 'first read', () => subject.read(config, catalog)));
  if (!catalog || !first) return conformanceResult('incremental', log.failures, log.runs);
  log.failures.push(...outputProblems(first, 'first read'));
  const second = await step(log, 'second read', () => subject.read(config, catalog, first.lastStates()));
  if (second) log.failures.push(...outputProblems(second, 'second read'));
  for (const configured of catalog.streams) {
    const name = configured.stream.name;
    const selector =
      configured.stream.namespace === undefined ? name : { name, namespace: configured.stream.namespace };
    const records1 = contentSet(first, selector);
    if (records1.size === 0)
      log.failures.push({ rule: 'incremental-records', stream: name, message: 'the first read gave no records' });
    if (first.states(selector).length === 0)
      log.failures.push({ rule: 'incremental-state', stream: name, message: 'the first read gave no state' });
    if (second && records1.size > 0) {
      const records2 = contentSet(second, selector);
      if (records2.size === records1.size && [...records2].every((r) => records1.has(r))) {
        log.failures.push({
          rule: 'incremental-second-read',
          stream: name,
          message: 'the second read gave the same records as the first',
        });
      } else if (second.records(selector).length > first.records(selector).length) {
        log.failures.push({
          rule: 'incremental-second-read',
          stream: name,
          message: 'the second read gave more records than the first',
        });
      }
    }
    await checkpoints(log, subject, config, configured, first, options.checkpointSamples ?? 5);
  }
  return conformanceResult('incremental', log.failures, log.runs);
}

/** Resumes from sampled intermediate checkpoints of one stream and counts what follows. */
async function checkpoints(
  log: CheckLog,
  subject: ConnectorUnderTest,
  config: unknown,
  configured: ConfiguredAirbyteStream,
  first: ConnectorRun,
  samples: number,
): Promise<void> {
  const { name, namespace } = configured.stream;
  const key = streamKey({ name, namespace });
  const states = dedupe(
    first.states(namespace === undefined ? name : { name, namespace }).filter((s) => s.type === 'STREAM'),
  );
  const counts = states.map((s) => s.sourceStats?.recordCount);
  if (samples <= 0 || counts.some((c) => c === undefined)) return; // missing counts are the read lints' business
  const after: number[] = [];
  let total = 0;
  for (let i = states.length - 1; i >= 0; i--) {
    after[i] = total;
    total += counts[i] as number;
  }
  const candidates = states.flatMap((_, i) => ((after[i] ?? 0) > 0 ? [i] : []));
  const chosen = sample(candidates, samples);
  const catalog = { streams: [configured] };
  for (const i of chosen) {
    const state = lastStatesPerStream([states[i] as AirbyteStateMessage]);
    const run = await step(log, `read from checkpoint ${i + 1}`, () => subject.read(config, catalog, state));
    if (!run) continue;
    log.failures.push(...outputProblems(run, `read from checkpoint ${i + 1}`));
    const got = run.records().filter((r) => streamKey({ name: r.stream, namespace: r.namespace }) === key).length;
    if (got < (after[i] ?? 0)) {
      log.failures.push({
        rule: 'checkpoint-resume',
        stream: name,
        message: `resuming from checkpoint ${i + 1} of ${states.length} gave ${got} records; the first read counted ${after[i]} after it`,
      });
    }
  }
}

function contentSet(run: ConnectorRun, selector: Parameters<ConnectorRun['records']>[0]): Set<string> {
  return new Set(run.records(selector).map((r) => recordIdentity(r.data, undefined)));
}

/** Consecutive identical states of a stream count as one: their counts add up. */
function dedupe(states: AirbyteStateMessage[]): AirbyteStateMessage[] {
  const out: AirbyteStateMessage[] = [];
  for (const state of states) {
    const previous = out.at(-1);
    if (previous && JSON.stringify(previous.stream?.stream_state) === JSON.stringify(state.stream?.stream_state)) {
      const count = (previous.sourceStats?.recordCount ?? 0) + (state.sourceStats?.recordCount ?? 0);
      out[out.length - 1] = { ...previous, sourceStats: { ...previous.sourceStats, recordCount: count } };
    } else out.push(state);
  }
  return out;
}

/** Up to `n` items spread evenly over the list, first and last included. */
function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  if (n === 1) return [items[0] as T];
  return Array.from({ length: n }, (_, k) => items[Math.round((k * (items.length - 1)) / (n - 1))] as T);
}
