import { streamKey } from '../config/input-state.js';
import type { AirbyteStateMessage, ConfiguredAirbyteCatalog, StreamDescriptor } from '../protocol/generated.js';
import { valueAt } from '../source/stream.js';
import { type ConformanceFailure, FailureList } from './conformance-result.js';
import type { ConnectorRun } from './connector-run.js';
import { type RecordCheck, recordCheck } from './schema-problems.js';

/** Options of {@link lintReadOutput}. */
export interface ReadLintOptions {
  /** Streams allowed to have no records. */
  emptyStreams?: readonly string[];
  /** Check records against their stream schema (default true). */
  validateRecords?: boolean;
}

interface StreamTally {
  readonly name: string;
  readonly check: RecordCheck | undefined;
  readonly primaryKey: readonly (readonly string[])[];
  records: number;
  sinceState: number;
  states: number;
  lastState: string | undefined;
}

/**
 * Checks the output of a read against the configured catalog: exit 0, only valid lines, no error
 * traces, records in every stream (unless declared empty), each valid against its schema with its
 * primary key present, statuses STARTED → RUNNING* → COMPLETE, at least one state per stream,
 * no LEGACY state, `sourceStats.recordCount` equal to the records since the stream's previous
 * state, and no two identical consecutive states of a stream.
 */
export function lintReadOutput(
  run: ConnectorRun,
  catalog: ConfiguredAirbyteCatalog,
  options: ReadLintOptions = {},
): ConformanceFailure[] {
  const failures = new FailureList();
  if (run.exitCode !== 0)
    failures.add({ rule: 'exit-code', message: `the read exited with ${run.exitCode ?? run.signal}` });
  for (const line of run.invalidLines) {
    failures.add({ rule: 'invalid-line', message: `stdout line ${line.lineNumber} is not a message: ${line.reason}` });
  }
  for (const error of run.errors()) failures.add({ rule: 'error-trace', message: `error trace: ${error.message}` });

  const tallies = new Map<string, StreamTally>();
  for (const configured of catalog.streams) {
    const s = configured.stream;
    tallies.set(streamKey({ name: s.name, namespace: s.namespace }), {
      name: s.name,
      check: options.validateRecords === false ? undefined : recordCheck(s.json_schema),
      primaryKey: configured.primary_key ?? s.source_defined_primary_key ?? [],
      records: 0,
      sinceState: 0,
      states: 0,
      lastState: undefined,
    });
  }
  let sinceGlobal = 0;
  let lastGlobal: string | undefined;
  for (const m of run.messages) {
    if (m.type === 'RECORD') {
      const r = m.record;
      const tally = tallies.get(streamKey({ name: r.stream, namespace: r.namespace }));
      if (!tally) {
        failures.add({
          rule: 'unconfigured-stream',
          stream: r.stream,
          message: 'a record of a stream not in the catalog',
        });
        continue;
      }
      tally.records++;
      tally.sinceState++;
      sinceGlobal++;
      const problem = tally.check?.(r.data);
      if (problem !== undefined) failures.add({ rule: 'record-schema', stream: tally.name, message: problem });
      const pkProblem = primaryKeyProblem(r.data, tally.primaryKey);
      if (pkProblem !== undefined) failures.add({ rule: 'primary-key-value', stream: tally.name, message: pkProblem });
    } else if (m.type === 'STATE') {
      const state = m.state;
      const type = state.type ?? 'LEGACY';
      if (type === 'LEGACY') {
        failures.add({ rule: 'state-legacy', message: 'LEGACY state: use STREAM (or GLOBAL) states' });
        continue;
      }
      const count = state.sourceStats?.recordCount;
      if (count === undefined)
        failures.add({ rule: 'state-source-stats', message: 'a state without sourceStats.recordCount' });
      if (type === 'GLOBAL') {
        const descriptors = state.global?.stream_states.map((s) => s.stream_descriptor) ?? [];
        for (const d of descriptors) {
          const tally = tallies.get(streamKey(d));
          if (tally) tally.states++;
        }
        if (count !== undefined && count !== sinceGlobal) failures.add(countMismatch(undefined, count, sinceGlobal));
        const serialized = JSON.stringify(state.global);
        if (serialized === lastGlobal)
          failures.add({ rule: 'state-duplicate', message: 'two identical GLOBAL states in a row' });
        lastGlobal = serialized;
        sinceGlobal = 0;
        for (const t of tallies.values()) t.sinceState = 0;
        continue;
      }
      streamStateProblems(state, tallies, failures);
    }
  }
  for (const tally of tallies.values()) {
    if (tally.records === 0 && !options.emptyStreams?.includes(tally.name)) {
      failures.add({ rule: 'empty-stream', stream: tally.name, message: 'the stream read no records' });
    }
    if (tally.states === 0)
      failures.add({ rule: 'state-missing', stream: tally.name, message: 'the stream emitted no state' });
  }
  if (run.count('RECORD') === 0) failures.add({ rule: 'no-records', message: 'the read returned no records' });
  failures.addAll(statusProblems(run, catalog));
  return failures.items;
}

function streamStateProblems(
  state: AirbyteStateMessage,
  tallies: Map<string, StreamTally>,
  failures: FailureList,
): void {
  const descriptor: StreamDescriptor | undefined = state.stream?.stream_descriptor;
  const tally = descriptor ? tallies.get(streamKey(descriptor)) : undefined;
  if (!descriptor || !tally) {
    failures.add({
      rule: 'unconfigured-stream',
      stream: descriptor?.name,
      message: 'a state of a stream not in the catalog',
    });
    return;
  }
  tally.states++;
  const count = state.sourceStats?.recordCount;
  if (count !== undefined && count !== tally.sinceState)
    failures.add(countMismatch(tally.name, count, tally.sinceState));
  const serialized = JSON.stringify(state.stream?.stream_state ?? null);
  if (serialized === tally.lastState) {
    failures.add({
      rule: 'state-duplicate',
      stream: tally.name,
      message: 'two identical states of the stream in a row',
    });
  }
  tally.lastState = serialized;
  tally.sinceState = 0;
}

function countMismatch(stream: string | undefined, said: number, counted: number): ConformanceFailure {
  const message = `sourceStats.recordCount is ${said} but ${counted} records came since the previous state`;
  return stream === undefined
    ? { rule: 'state-record-count', message }
    : { rule: 'state-record-count', stream, message };
}

function primaryKeyProblem(
  data: Record<string, unknown>,
  primaryKey: readonly (readonly string[])[],
): string | undefined {
  if (primaryKey.length === 0) return undefined;
  const values = primaryKey.map((path) => valueAt(data, path));
  if (values.every((v) => v === undefined || v === null))
    return `primary key ${JSON.stringify(primaryKey)} has no value`;
  if (values.some((v) => v !== null && typeof v === 'object'))
    return `primary key ${JSON.stringify(primaryKey)} holds an object or array`;
  return undefined;
}

function statusProblems(run: ConnectorRun, catalog: ConfiguredAirbyteCatalog): ConformanceFailure[] {
  const failures: ConformanceFailure[] = [];
  for (const configured of catalog.streams) {
    const { name, namespace } = configured.stream;
    const statuses = run.streamStatuses(namespace === undefined ? name : { name, namespace }).map((s) => s.status);
    const fail = (message: string): void => {
      failures.push({
        rule: 'stream-status',
        stream: name,
        message: `${message} (got ${statuses.join(' → ') || 'none'})`,
      });
    };
    if (statuses[0] !== 'STARTED') fail('statuses must begin with STARTED');
    else if (statuses.at(-1) !== 'COMPLETE') fail('statuses must end with COMPLETE');
    else if (statuses.slice(1, -1).some((s) => s !== 'RUNNING'))
      fail('only RUNNING may come between STARTED and COMPLETE');
  }
  return failures;
}
