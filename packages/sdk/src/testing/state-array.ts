import { streamKey } from '../config/input-state.js';
import type { AirbyteStateMessage } from '../protocol/generated.js';

/**
 * The state array a next run takes: the last STREAM state of each stream (in order of first
 * appearance), or the last GLOBAL state, or the last LEGACY one, with the record counts removed
 * as the platform stores them. Pass the previous input states first and the new ones after to
 * merge them: a stream with no new state keeps its old one.
 */
export function lastStatesPerStream(states: Iterable<AirbyteStateMessage>): AirbyteStateMessage[] {
  const byStream = new Map<string, AirbyteStateMessage>();
  let global: AirbyteStateMessage | undefined;
  let legacy: AirbyteStateMessage | undefined;
  for (const state of states) {
    const type = state.type ?? 'LEGACY';
    if (type === 'STREAM' && state.stream) byStream.set(streamKey(state.stream.stream_descriptor), withoutStats(state));
    else if (type === 'GLOBAL') global = withoutStats(state);
    else legacy = withoutStats(state);
  }
  if (global) return [global];
  if (byStream.size > 0) return [...byStream.values()];
  return legacy ? [legacy] : [];
}

function withoutStats(state: AirbyteStateMessage): AirbyteStateMessage {
  const { sourceStats: _source, destinationStats: _destination, ...rest } = state;
  return rest;
}
