import { configError } from '../errors/airbyte-error.js';
import type { StreamDescriptor } from '../protocol/generated.js';
import { validateProtocolValue } from '../protocol/validate.js';

/** A stream's saved state: the blob the source emitted for it last time. */
export type StreamStateBlob = Record<string, unknown>;

/** The `--state` file, whichever of the three shapes it came in, as per-stream blobs. */
export interface InputState {
  /** The shape of the file: STREAM or GLOBAL arrays, a LEGACY object, or nothing. */
  kind: 'STREAM' | 'GLOBAL' | 'LEGACY' | 'NONE';
  /** Stream state by {@link streamKey}. */
  streams: Map<string, StreamStateBlob>;
  /** GLOBAL only: the state shared by every stream. */
  shared?: StreamStateBlob;
}

/** The map key of a stream: its namespace and name. */
export function streamKey(stream: StreamDescriptor): string {
  return stream.namespace === undefined || stream.namespace === null
    ? stream.name
    : `${stream.namespace}\u0000${stream.name}`;
}

/** No saved state: every stream starts from scratch. */
export function emptyInputState(): InputState {
  return { kind: 'NONE', streams: new Map() };
}

/**
 * Reads a parsed `--state` file: an array of STREAM or GLOBAL state messages (what the platform
 * passes), or a legacy object (`{data: {...}}`, or a map of stream name to state). A stream whose
 * state is null starts from scratch. Anything else is a `config_error` naming the element at fault.
 */
export function parseInputState(value: unknown, file = 'state'): InputState {
  if (value === null || value === undefined) return emptyInputState();
  if (Array.isArray(value)) return fromArray(value, file);
  if (typeof value === 'object') return fromLegacy(value as Record<string, unknown>, file);
  throw configError(`${file} must be a JSON array of state messages or a legacy state object`);
}

function fromArray(items: unknown[], file: string): InputState {
  const state: InputState = { kind: items.length === 0 ? 'NONE' : 'STREAM', streams: new Map() };
  items.forEach((item, index) => {
    const where = `${file}[${index}]`;
    const problem = validateProtocolValue('AirbyteStateMessage', item, where);
    if (problem !== undefined) throw configError(`Invalid state: ${problem}`);
    const message = item as Record<string, unknown> & { type?: string };
    const type = message.type ?? 'LEGACY';
    if (type === 'STREAM') {
      if (state.kind === 'GLOBAL' || state.kind === 'LEGACY') throw mixed(where, type, state.kind);
      const stream = message.stream as { stream_descriptor: StreamDescriptor; stream_state?: unknown } | undefined;
      if (!stream) throw configError(`Invalid state: ${where} is a STREAM state without "stream"`);
      setStream(state, stream.stream_descriptor, stream.stream_state, where);
    } else if (type === 'GLOBAL') {
      if (index > 0 && state.kind !== 'GLOBAL') throw mixed(where, type, state.kind);
      state.kind = 'GLOBAL';
      const global = message.global as { shared_state?: unknown; stream_states: unknown[] } | undefined;
      if (!global) throw configError(`Invalid state: ${where} is a GLOBAL state without "global"`);
      if (isObject(global.shared_state)) state.shared = global.shared_state;
      for (const [i, s] of global.stream_states.entries()) {
        const streamState = s as { stream_descriptor: StreamDescriptor; stream_state?: unknown };
        setStream(
          state,
          streamState.stream_descriptor,
          streamState.stream_state,
          `${where}.global.stream_states[${i}]`,
        );
      }
    } else {
      if (index > 0 && state.kind !== 'LEGACY') throw mixed(where, type, state.kind);
      const legacy = fromLegacy({ data: message.data ?? {} }, where);
      state.kind = 'LEGACY';
      for (const [key, blob] of legacy.streams) state.streams.set(key, blob);
    }
  });
  return state;
}

function fromLegacy(value: Record<string, unknown>, file: string): InputState {
  const isMessage = value.type === 'LEGACY' || (Object.keys(value).length === 1 && 'data' in value);
  const data = isMessage ? value.data : value;
  if (!isObject(data)) throw configError(`Invalid state: ${file}.data must be an object of stream states`);
  const state: InputState = { kind: Object.keys(data).length === 0 ? 'NONE' : 'LEGACY', streams: new Map() };
  for (const [name, blob] of Object.entries(data)) {
    setStream(state, { name }, blob, `${file}${isMessage ? '.data' : ''}.${name}`);
  }
  return state;
}

function setStream(state: InputState, descriptor: StreamDescriptor, blob: unknown, where: string): void {
  if (blob === null || blob === undefined) return; // a null state resets the stream
  if (!isObject(blob)) throw configError(`Invalid state: ${where} must be an object, not ${describe(blob)}`);
  state.streams.set(streamKey(descriptor), blob);
}

function mixed(where: string, type: string, kind: string): Error {
  return configError(
    `Invalid state: ${where} is a ${type} state but earlier entries are ${kind}; one file holds one kind`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : typeof value;
}
