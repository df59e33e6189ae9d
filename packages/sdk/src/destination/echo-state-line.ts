import type { AirbyteStateStats } from '../protocol/generated.js';
import { type JsonMemberSpan, jsonObjectMembers, skipSpace } from './json-object-members.js';

/**
 * The STATE line a destination echoes: the line exactly as it arrived, with `state.destinationStats`
 * set to `stats` (replacing one the line already had). Editing the text rather than serializing the
 * parsed message keeps every other byte: the platform's `id`, unknown fields, and numbers a double
 * cannot hold (a source's 20-digit cursor would otherwise come back rounded).
 *
 * @param line - one STATE message as received, known to parse.
 */
export function echoStateLine(line: string, stats: AirbyteStateStats): string {
  const statsJson = JSON.stringify(stats);
  try {
    const root = jsonObjectMembers(line, skipSpace(line, 0));
    const state = lastMember(root.members, 'state');
    if (state === undefined) throw new SyntaxError('no "state" member');
    const inner = jsonObjectMembers(line, state.valueStart);
    const existing = lastMember(inner.members, 'destinationStats');
    if (existing !== undefined) {
      return line.slice(0, existing.valueStart) + statsJson + line.slice(existing.valueEnd);
    }
    const separator = inner.members.length > 0 ? ',' : '';
    return `${line.slice(0, inner.close)}${separator}"destinationStats":${statsJson}${line.slice(inner.close)}`;
  } catch {
    // Not reachable for a line that parsed; serializing again is the safe fallback.
    const message = JSON.parse(line) as { state: Record<string, unknown> };
    return JSON.stringify({ ...message, state: { ...message.state, destinationStats: stats } });
  }
}

// JSON.parse keeps the last of duplicate names, so the edit must target the same one.
function lastMember(members: readonly JsonMemberSpan[], key: string): JsonMemberSpan | undefined {
  for (let i = members.length - 1; i >= 0; i--) {
    if (members[i]?.key === key) return members[i];
  }
  return undefined;
}
