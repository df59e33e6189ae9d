import type { AirbyteStateMessage, ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { type Message, recordMessage, streamDescriptor, streamStatusMessage } from '../protocol/messages.js';
import { checkLog, outputProblems, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/** What {@link checkStateEcho} sends. */
export interface StateEchoCheckOptions {
  /** Records to send, by stream name (each stream must be in the catalog). */
  readonly records: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  /** Records of a stream between two of its states (default 2). */
  readonly statesEvery?: number;
}

interface SentState {
  readonly state: AirbyteStateMessage;
  /** Records of its stream since the stream's previous state. */
  readonly records: number;
}

/**
 * A destination's `write` echoes every state it received, in order, once: each with the `id` the
 * platform attached, its stream state and `sourceStats` untouched, and `destinationStats.recordCount`
 * equal to the records of its stream since that stream's previous state. The input interleaves
 * the streams' records with a state every `statesEvery` records and ends with COMPLETE statuses.
 */
export async function checkStateEcho(
  subject: ConnectorUnderTest,
  config: unknown,
  catalog: ConfiguredAirbyteCatalog,
  options: StateEchoCheckOptions,
): Promise<ConformanceResult> {
  const log = checkLog();
  const { input, sent } = echoInput(catalog, options);
  const run = await step(log, 'write', () => subject.write(config, catalog, input));
  if (run) {
    log.failures.push(...outputProblems(run, 'write'));
    const echoed = run.states();
    const fail = (rule: string, message: string): void => {
      log.failures.push({ rule, message });
    };
    if (echoed.length !== sent.length) fail('echo-count', `${sent.length} states sent, ${echoed.length} echoed`);
    const order = echoed.map((s) => s.id);
    const expectedOrder = sent.slice(0, echoed.length).map((s) => s.state.id);
    if (JSON.stringify(order) !== JSON.stringify(expectedOrder)) {
      fail(
        'echo-order',
        `states echoed in the order of ids ${JSON.stringify(order)}, sent ${JSON.stringify(expectedOrder)}`,
      );
    }
    const byId = new Map(sent.map((s) => [s.state.id, s]));
    for (const state of echoed) {
      const original = byId.get(state.id);
      if (!original) {
        fail('echo-id', `an echoed state has id ${JSON.stringify(state.id)}, which no sent state had`);
        continue;
      }
      const id = String(state.id);
      if (JSON.stringify(state.stream) !== JSON.stringify(original.state.stream)) {
        fail('echo-state-changed', `state ${id} came back with another stream or stream_state`);
      }
      if (JSON.stringify(state.sourceStats) !== JSON.stringify(original.state.sourceStats)) {
        fail('echo-source-stats', `state ${id} came back with other sourceStats`);
      }
      const count = state.destinationStats?.recordCount;
      if (count !== original.records) {
        fail(
          'echo-destination-stats',
          `state ${id} has destinationStats.recordCount ${count}, expected ${original.records}`,
        );
      }
    }
  }
  return conformanceResult('state echo', log.failures, log.runs);
}

/** Records and states interleaved stream by stream; each state carries an `id` as the platform adds. */
function echoInput(
  catalog: ConfiguredAirbyteCatalog,
  options: StateEchoCheckOptions,
): { input: Message[]; sent: SentState[] } {
  const every = Math.max(1, options.statesEvery ?? 2);
  const streams = catalog.streams.map((c) => ({
    descriptor: streamDescriptor(c.stream.name, c.stream.namespace),
    rows: options.records[c.stream.name] ?? [],
    next: 0,
    states: 0,
  }));
  const input: Message[] = [];
  const sent: SentState[] = [];
  let id = 1;
  while (streams.some((s) => s.next < s.rows.length || s.states === 0)) {
    for (const s of streams) {
      if (s.next >= s.rows.length && s.states > 0) continue;
      const chunk = s.rows.slice(s.next, s.next + every);
      for (const data of chunk)
        input.push(recordMessage(s.descriptor.name, data, s.descriptor.namespace, 1_767_225_600_000));
      s.next += chunk.length;
      s.states++;
      const state: AirbyteStateMessage = {
        type: 'STREAM',
        stream: { stream_descriptor: s.descriptor, stream_state: { position: s.next } },
        sourceStats: { recordCount: chunk.length },
        id: id++,
      };
      input.push({ type: 'STATE', state });
      sent.push({ state, records: chunk.length });
    }
  }
  for (const s of streams) input.push(streamStatusMessage(s.descriptor, 'COMPLETE', undefined, 1_767_225_600_000));
  return { input, sent };
}
