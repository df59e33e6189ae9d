import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  type AirbyteStateMessage,
  type ConfiguredAirbyteStream,
  LineReader,
  type Message,
  parseMessage,
  serializeMessage,
  streamStatusMessage,
} from '@faros-ce/sdk';
import { PipeCounts, type StreamCounts } from './pipe-counts.js';
import { type LogChannel, levelOf, type RunLogs } from './run-logs.js';
import type { Invocation } from './runner.js';
import { describeState, prefixState, unprefixState } from './state-prefix.js';

/** Options of {@link runPipe}. */
export interface PipeOptions {
  /** The source's `read` command line. */
  readonly source: Invocation;
  /** The destination's `write` command line. */
  readonly destination: Invocation;
  /** The configured source streams (COMPLETE statuses go out for these, prefixed). */
  readonly streams: readonly ConfiguredAirbyteStream[];
  /** Destination stream name prefix. */
  readonly prefix: string;
  readonly logs: RunLogs;
  /** Called, in order, with every state the destination echoed (source stream names, with its id). */
  onCommittedState(state: AirbyteStateMessage): void;
  /** Longest silence allowed from the source, in ms (default 3 hours, as Airbyte's). */
  readonly heartbeatMs?: number;
  /** Id of the first state (ids keep growing across attempts). */
  readonly firstStateId?: number;
  /** Extra environment for both connectors. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Cancels the attempt: the source is stopped (SIGTERM), the destination reads to the end of its
   * input and commits what it has, as Airbyte's cancel does. No COMPLETE statuses are sent.
   */
  readonly signal?: AbortSignal;
  /** Called after each message the pipe handles, for progress displays. */
  onProgress?(counts: ReadonlyMap<string, StreamCounts>): void;
}

/** How one attempt ended. */
export interface PipeResult {
  readonly succeeded: boolean;
  /** Why it failed, when it did. */
  readonly failure: string | undefined;
  /** `config_error` when a connector said the config is wrong: retrying will not help. */
  readonly failureType: string | undefined;
  readonly sourceExit: number | null;
  readonly destinationExit: number | null;
  readonly streams: readonly StreamCounts[];
  readonly countMismatches: readonly string[];
  /** Error messages connectors reported (TRACE ERROR). */
  readonly errors: readonly string[];
  readonly nextStateId: number;
}

const API_CALLS = /^Stream (\S+): .*?(\d+) API calls/;

/**
 * Runs one attempt: the source's `read` into the destination's `write`. Source stdout is parsed
 * and validated line by line and written to the destination's stdin, waiting for it to drain
 * (nothing is held: a slow destination slows the source through the pipes). Records are renamed
 * with the prefix and counted; each STATE gets an `id`; the destination's echoed states go to
 * `onCommittedState` as they arrive. LOG and TRACE messages go to the run's logs. When the source
 * exits 0, a COMPLETE status per stream goes to the destination before its stdin is closed.
 */
export async function runPipe(options: PipeOptions): Promise<PipeResult> {
  const { logs, prefix } = options;
  const counts = new PipeCounts(options.firstStateId ?? 1);
  const errors: string[] = [];
  let failure: string | undefined;
  let failureType: string | undefined;
  const fail = (reason: string, type?: string): void => {
    if (failure === undefined) {
      failure = reason;
      failureType = type;
      logs.write('harness', 'error', reason);
    }
  };
  const env = { ...process.env, ...options.env };
  const destination = spawn(options.destination.command, [...options.destination.args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  const source = spawn(options.source.command, [...options.source.args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const sourceClosed = exitOf(source);
  const destinationClosed = exitOf(destination);
  const stdin = destination.stdin;
  if (!stdin || !source.stdout || !destination.stdout) throw new Error('connector pipes missing');
  let destinationGone = false;
  stdin.on('error', () => {
    destinationGone = true; // EPIPE: the destination exited; its exit code says why
  });
  destination.once('close', () => {
    destinationGone = true;
  });
  const stderrDone = Promise.all([
    logLines(source.stderr, 'source', logs),
    logLines(destination.stderr, 'destination', logs),
  ]);

  const note = (channel: LogChannel, message: Message): void => {
    if (message.type === 'LOG') {
      logs.write(channel, levelOf(message.log.level), message.log.message);
      const calls = channel === 'source' ? API_CALLS.exec(message.log.message) : null;
      if (calls?.[1] !== undefined) counts.stream(calls[1]).apiCalls = Number(calls[2]);
    } else if (message.type === 'TRACE') {
      const { trace } = message;
      if (trace.type === 'ERROR' && trace.error) {
        errors.push(`${channel}: ${trace.error.message}`);
        if (trace.error.failure_type === 'config_error') failureType = 'config_error';
        logs.write(
          channel,
          'error',
          `${trace.error.message}${trace.error.stack_trace ? `\n${trace.error.stack_trace}` : ''}`,
        );
      } else if (trace.type === 'STREAM_STATUS' && trace.stream_status && channel === 'source') {
        const d = trace.stream_status.stream_descriptor;
        const c = counts.stream(d.name, d.namespace);
        const reasons = trace.stream_status.reasons ?? [];
        if (reasons.some((r) => r.type === 'RATE_LIMITED')) c.rateLimitWaits++;
        else c.status = trace.stream_status.status;
        counts.touch(c);
        logs.write(channel, 'debug', `stream ${d.name}: ${trace.stream_status.status}`);
      } else {
        logs.write(channel, 'debug', JSON.stringify(trace));
      }
    } else if (message.type === 'CONTROL') {
      logs.write(
        channel,
        'warn',
        `CONTROL message (a connector asked to update its config): ${JSON.stringify(message.control)}`,
      );
    } else {
      logs.write(channel, 'debug', `unexpected ${message.type} message`);
    }
  };

  const send = async (line: string): Promise<void> => {
    if (destinationGone) return;
    try {
      if (!stdin.write(`${line}\n`)) {
        // Waiting on the destination is not the source's silence: the heartbeat pauses meanwhile.
        waitingOnDestination = true;
        await Promise.race([once(stdin, 'drain'), destinationClosed]);
        waitingOnDestination = false;
        lastMessageAt = Date.now();
      }
    } catch {
      destinationGone = true; // EPIPE: its exit code, read below, says why
    }
  };

  // Heartbeat: a source silent for too long is killed, as Airbyte's platform does.
  let destinationDiedEarly = false;
  const heartbeatMs = options.heartbeatMs ?? 3 * 60 * 60 * 1000;
  let lastMessageAt = Date.now();
  let waitingOnDestination = false;
  const cancel = (): void => {
    fail('cancelled');
    source.kill('SIGTERM');
  };
  if (options.signal?.aborted) cancel();
  else options.signal?.addEventListener('abort', cancel, { once: true });
  const heartbeat = setInterval(
    () => {
      if (!waitingOnDestination && Date.now() - lastMessageAt > heartbeatMs) {
        fail(`heartbeat timeout: the source sent no message for ${Math.round(heartbeatMs / 1000)} s; it was stopped`);
        source.kill('SIGKILL');
      }
    },
    Math.min(heartbeatMs, 1000),
  );

  const readDestination = async (): Promise<void> => {
    const reader = new LineReader(destination.stdout as NodeJS.ReadableStream & AsyncIterable<Buffer>);
    for await (const line of reader) {
      const parsed = parseMessage(line, reader.lineNumber);
      if (!parsed.ok) {
        logs.write('destination', 'info', line);
        continue;
      }
      const message = parsed.message;
      if (message.type !== 'STATE') {
        note('destination', message);
        continue;
      }
      const state = unprefixState(message.state, prefix);
      const problem = counts.echoedState(state);
      if (problem !== undefined) {
        fail(problem);
        continue;
      }
      if (logs.enabled('debug'))
        logs.write('harness', 'debug', `state ${String(state.id)} committed: ${describeState(state)}`);
      options.onCommittedState(state);
      options.onProgress?.(counts.streams);
    }
  };
  const destinationRead = readDestination().catch((error: unknown) =>
    fail(`reading the destination: ${String(error)}`),
  );

  try {
    const reader = new LineReader(source.stdout as NodeJS.ReadableStream & AsyncIterable<Buffer>);
    for await (const line of reader) {
      lastMessageAt = Date.now();
      if (destinationGone) {
        // The destination's exit code says why; the source has no one to write to.
        source.kill('SIGTERM');
        destinationDiedEarly = true;
        break;
      }
      const parsed = parseMessage(line, reader.lineNumber);
      if (!parsed.ok) {
        logs.write('source', 'warn', `not a protocol message (${parsed.error.reason}): ${line.slice(0, 2000)}`);
        continue;
      }
      const message = parsed.message;
      if (message.type === 'RECORD') {
        const { record } = message;
        counts.record(record.stream, record.namespace);
        record.stream = prefix + record.stream;
        await send(serializeMessage(message));
      } else if (message.type === 'STATE') {
        const id = counts.sourceState(message.state);
        if (logs.enabled('debug'))
          logs.write('harness', 'debug', `state ${id} from the source: ${describeState(message.state)}`);
        const state = prefixState(message.state, prefix);
        await send(serializeMessage({ type: 'STATE', state: { ...state, id } }));
        options.onProgress?.(counts.streams);
      } else {
        note('source', message);
      }
    }
  } catch (error) {
    fail(`reading the source: ${String(error)}`);
    source.kill('SIGKILL');
  }
  const [sourceExit] = await sourceClosed;
  clearInterval(heartbeat);
  options.signal?.removeEventListener('abort', cancel);
  if (destinationDiedEarly) {
    // Reported below from the destination's exit.
  } else if (sourceExit !== 0)
    fail(`the source exited with ${sourceExit ?? 'a signal'}${errors.length ? `: ${errors[0]}` : ''}`);
  else if (failure === undefined) {
    // Only a clean source exit lets the destination finalize (e.g. delete what a full refresh did not see).
    for (const s of options.streams) {
      const descriptor = {
        name: prefix + s.stream.name,
        ...(s.stream.namespace ? { namespace: s.stream.namespace } : {}),
      };
      const status = streamStatusMessage(descriptor, 'COMPLETE');
      await send(serializeMessage(status));
    }
  }
  stdin.end();
  const [destinationExit] = await destinationClosed;
  await destinationRead;
  await stderrDone;
  if (destinationExit === 0 && sourceExit === 0) counts.flushTrailing();
  if (destinationExit !== 0) {
    const own = errors.find((e) => e.startsWith('destination:'));
    fail(
      `the destination exited with ${destinationExit ?? 'a signal'}${own ? `: ${own.slice('destination: '.length)}` : ''}`,
    );
  } else if (destinationDiedEarly) {
    fail('the destination exited (0) before the source finished');
  }
  if (failure === undefined && counts.unechoed > 0) {
    logs.write('harness', 'warn', `${counts.unechoed} states were sent to the destination and never echoed`);
  }
  for (const mismatch of counts.mismatches)
    logs.write('harness', 'warn', `the sync appears to have dropped records: ${mismatch}`);
  return {
    succeeded: failure === undefined,
    failure,
    failureType,
    sourceExit,
    destinationExit,
    streams: [...counts.streams.values()],
    countMismatches: counts.mismatches,
    errors,
    nextStateId: counts.nextStateId,
  };
}

function exitOf(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => resolve([code, signal]));
  });
}

async function logLines(stream: NodeJS.ReadableStream | null, channel: LogChannel, logs: RunLogs): Promise<void> {
  if (stream === null) return;
  for await (const line of new LineReader(stream as NodeJS.ReadableStream & AsyncIterable<Buffer>)) {
    logs.write(channel, 'info', line);
  }
}
