import { streamKey } from '../config/input-state.js';
import type { AirbyteStateMessage, ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import type { CommandConnector } from './connector-under-test.js';
import { recordIdentity } from './record-keys.js';
import { streamCommand } from './stream-command.js';

/** When to kill an attempt: after its k-th RECORD line, or at its first rate-limit wait. */
export type KillPlan = { readonly kind: 'record'; readonly k: number } | { readonly kind: 'rate-limited' };

/** How one read attempt went. */
export interface AttemptOutcome {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly records: number;
  readonly states: number;
  /** RUNNING statuses with a RATE_LIMITED reason seen. */
  readonly rateLimitWaits: number;
  /** The last state of each stream (or the last GLOBAL state) seen before the end or the kill. */
  readonly lastStates: readonly AirbyteStateMessage[];
  readonly killedAt?:
    | { readonly kind: 'record'; readonly afterRecords: number }
    | { readonly kind: 'rate-limited'; readonly stream: string; readonly afterRecords: number };
}

/**
 * Runs one `read` of a source program and adds the key of each record it sees to `keys`
 * (`<stream key>\u0001<record identity>`), killing it where `plan` says. Only keys, counts and the
 * latest state per stream are kept.
 */
export async function runAttempt(
  subject: CommandConnector,
  readArgs: readonly string[],
  catalog: ConfiguredAirbyteCatalog,
  keys: Set<string>,
  plan: KillPlan | undefined,
): Promise<AttemptOutcome> {
  const primaryKeys = new Map(
    catalog.streams.map((c) => [
      streamKey({ name: c.stream.name, namespace: c.stream.namespace }),
      c.primary_key ?? c.stream.source_defined_primary_key,
    ]),
  );
  const latest = new Map<string, AirbyteStateMessage>();
  let records = 0;
  let states = 0;
  let rateLimitWaits = 0;
  let killedAt: AttemptOutcome['killedAt'];
  const exit = await streamCommand(subject.command, [...subject.args, ...readArgs], {
    ...subject.options,
    onLine: ({ parsed }, control) => {
      if (!parsed.ok) return;
      const m = parsed.message;
      if (m.type === 'RECORD') {
        const key = streamKey({ name: m.record.stream, namespace: m.record.namespace });
        keys.add(`${key}\u0001${recordIdentity(m.record.data, primaryKeys.get(key))}`);
        records++;
        if (plan?.kind === 'record' && records === plan.k) {
          killedAt = { kind: 'record', afterRecords: records };
          control.kill();
        }
      } else if (m.type === 'STATE') {
        states++;
        const s = m.state;
        latest.set(s.type === 'STREAM' && s.stream ? streamKey(s.stream.stream_descriptor) : '\u0000global', s);
      } else if (m.type === 'TRACE' && m.trace.stream_status) {
        const status = m.trace.stream_status;
        if (status.status !== 'RUNNING' || !status.reasons?.some((r) => r.type === 'RATE_LIMITED')) return;
        rateLimitWaits++;
        if (plan?.kind === 'rate-limited') {
          killedAt = { kind: 'rate-limited', stream: status.stream_descriptor.name, afterRecords: records };
          control.kill();
        }
      }
    },
  });
  return {
    exitCode: exit.exitCode,
    signal: exit.signal,
    records,
    states,
    rateLimitWaits,
    lastStates: [...latest.values()],
    ...(killedAt ? { killedAt } : {}),
  };
}
