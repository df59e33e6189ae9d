import { streamKey } from '../config/input-state.js';
import type {
  AirbyteCatalog,
  AirbyteConnectionStatus,
  AirbyteErrorTraceMessage,
  AirbyteLogMessage,
  AirbyteRecordMessage,
  AirbyteStateMessage,
  AirbyteStreamStatusTraceMessage,
  AirbyteTraceMessage,
  ConnectorSpecification,
  StreamDescriptor,
  TraceType,
} from '../protocol/generated.js';
import type { Message } from '../protocol/messages.js';
import { type ParseResult, parseMessage } from '../protocol/parse.js';
import { lastStatesPerStream } from './state-array.js';

/** A stdout line that is not a valid Airbyte message. */
export interface InvalidLine {
  /** 1-based line number on stdout. */
  readonly lineNumber: number;
  /** Why it is not a message (not JSON, unknown type, payload invalid...). */
  readonly reason: string;
  /** The line itself. */
  readonly text: string;
}

/** Which stream: a name (in any namespace), or a descriptor (that namespace, or none). */
export type StreamSelector = string | StreamDescriptor;

/** How a run ended and what it wrote. */
export interface ConnectorRunInit {
  readonly exitCode: number | null;
  /** The signal that ended a child process, if one did. */
  readonly signal?: NodeJS.Signals | null;
  readonly messages: readonly Message[];
  readonly invalidLines: readonly InvalidLine[];
  readonly stderr: string;
}

/**
 * Everything one connector run wrote: its exit code, the messages parsed from stdout, the lines
 * that were not messages, and stderr, with accessors for the usual questions.
 */
export class ConnectorRun {
  /** Exit code; null when a signal ended the process. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Every valid message, in order. */
  readonly messages: readonly Message[];
  /** Every stdout line that was not a valid message. */
  readonly invalidLines: readonly InvalidLine[];
  readonly stderr: string;

  constructor(init: ConnectorRunInit) {
    this.exitCode = init.exitCode;
    this.signal = init.signal ?? null;
    this.messages = init.messages;
    this.invalidLines = init.invalidLines;
    this.stderr = init.stderr;
  }

  /** RECORD payloads, all or of one stream. */
  records(stream?: StreamSelector): AirbyteRecordMessage[] {
    const out: AirbyteRecordMessage[] = [];
    for (const m of this.messages) {
      if (m.type === 'RECORD' && matches(m.record, stream)) out.push(m.record);
    }
    return out;
  }

  /** STATE payloads, all or those about one stream (STREAM states naming it, GLOBAL states listing it). */
  states(stream?: StreamSelector): AirbyteStateMessage[] {
    const out: AirbyteStateMessage[] = [];
    for (const m of this.messages) {
      if (m.type === 'STATE' && (stream === undefined || stateConcerns(m.state, stream))) out.push(m.state);
    }
    return out;
  }

  /** TRACE payloads, all or of one type. */
  traces(type?: TraceType): AirbyteTraceMessage[] {
    const out: AirbyteTraceMessage[] = [];
    for (const m of this.messages)
      if (m.type === 'TRACE' && (type === undefined || m.trace.type === type)) out.push(m.trace);
    return out;
  }

  /** The error payloads of ERROR traces. */
  errors(): AirbyteErrorTraceMessage[] {
    return this.traces('ERROR').flatMap((t) => (t.error ? [t.error] : []));
  }

  /** Stream statuses, all or of one stream, in order. */
  streamStatuses(stream?: StreamSelector): AirbyteStreamStatusTraceMessage[] {
    return this.traces('STREAM_STATUS').flatMap((t) =>
      t.stream_status && (stream === undefined || sameStream(t.stream_status.stream_descriptor, stream))
        ? [t.stream_status]
        : [],
    );
  }

  /** LOG payloads. */
  get logs(): AirbyteLogMessage[] {
    return this.messages.flatMap((m) => (m.type === 'LOG' ? [m.log] : []));
  }

  /** The first CONNECTION_STATUS payload. */
  get connectionStatus(): AirbyteConnectionStatus | undefined {
    for (const m of this.messages) if (m.type === 'CONNECTION_STATUS') return m.connectionStatus;
    return undefined;
  }

  /** The first SPEC payload. */
  get spec(): ConnectorSpecification | undefined {
    for (const m of this.messages) if (m.type === 'SPEC') return m.spec;
    return undefined;
  }

  /** The first CATALOG payload. */
  get catalog(): AirbyteCatalog | undefined {
    for (const m of this.messages) if (m.type === 'CATALOG') return m.catalog;
    return undefined;
  }

  /** How many messages of a type the run wrote. */
  count(type: Message['type']): number {
    let n = 0;
    for (const m of this.messages) if (m.type === type) n++;
    return n;
  }

  /** The last state of each stream, as the state array a next run takes (see {@link lastStatesPerStream}). */
  lastStates(): AirbyteStateMessage[] {
    return lastStatesPerStream(this.states());
  }
}

/** Collects lines as they arrive into a {@link ConnectorRun}. */
export class RunCollector {
  private readonly messages: Message[] = [];
  private readonly invalid: InvalidLine[] = [];

  /** Parses one stdout line; returns the message, or undefined when the line is not one. */
  line(text: string, lineNumber: number): Message | undefined {
    return this.parsed(parseMessage(text, lineNumber), text, lineNumber);
  }

  /** Like {@link RunCollector.line}, for a line already parsed. */
  parsed(parsed: ParseResult, text: string, lineNumber: number): Message | undefined {
    if (parsed.ok) {
      this.messages.push(parsed.message);
      return parsed.message;
    }
    this.invalid.push({ lineNumber, reason: parsed.error.reason, text });
    return undefined;
  }

  finish(exitCode: number | null, stderr: string, signal: NodeJS.Signals | null = null): ConnectorRun {
    return new ConnectorRun({ exitCode, signal, messages: this.messages, invalidLines: this.invalid, stderr });
  }
}

function sameStream(descriptor: StreamDescriptor, selector: StreamSelector): boolean {
  if (typeof selector === 'string') return descriptor.name === selector;
  return streamKey(descriptor) === streamKey(selector);
}

function matches(record: AirbyteRecordMessage, stream: StreamSelector | undefined): boolean {
  return stream === undefined || sameStream({ name: record.stream, namespace: record.namespace }, stream);
}

function stateConcerns(state: AirbyteStateMessage, stream: StreamSelector): boolean {
  if (state.type === 'STREAM' && state.stream) return sameStream(state.stream.stream_descriptor, stream);
  if (state.type === 'GLOBAL' && state.global) {
    return state.global.stream_states.some((s) => sameStream(s.stream_descriptor, stream));
  }
  return false;
}
