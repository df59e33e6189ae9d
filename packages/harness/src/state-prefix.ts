import type { AirbyteStateMessage } from '@faros-ce/sdk';

/** A state with its stream renamed as the destination knows it. */
export function prefixState(state: AirbyteStateMessage, prefix: string): AirbyteStateMessage {
  return renameState(state, (name) => prefix + name);
}

/** An echoed state with its stream named as the source knows it. */
export function unprefixState(state: AirbyteStateMessage, prefix: string): AirbyteStateMessage {
  return renameState(state, (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : name));
}

function renameState(state: AirbyteStateMessage, rename: (name: string) => string): AirbyteStateMessage {
  if (state.type === 'STREAM' && state.stream) {
    const d = state.stream.stream_descriptor;
    return { ...state, stream: { ...state.stream, stream_descriptor: { ...d, name: rename(d.name) } } };
  }
  if (state.type === 'GLOBAL' && state.global) {
    const streamStates = state.global.stream_states.map((s) => ({
      ...s,
      stream_descriptor: { ...s.stream_descriptor, name: rename(s.stream_descriptor.name) },
    }));
    return { ...state, global: { ...state.global, stream_states: streamStates } };
  }
  return state;
}

/** A state in a few words, for the run's log. */
export function describeState(state: AirbyteStateMessage): string {
  const stats = [
    state.sourceStats ? `source counted ${state.sourceStats.recordCount}` : '',
    state.destinationStats ? `destination counted ${state.destinationStats.recordCount}` : '',
  ].filter((s) => s !== '');
  const scope =
    state.type === 'STREAM' && state.stream ? `stream ${state.stream.stream_descriptor.name}` : String(state.type);
  return [scope, ...stats].join(', ');
}
