import type { ConfiguredAirbyteCatalog, ConfiguredAirbyteStream } from '@faros-ce/sdk';
import {
  type ConnectorUnderTest,
  checkConnection,
  checkSpec,
  checkStateEcho,
  type NamedCheck,
} from '@faros-ce/sdk/testing';

/** Records a destination test sends, by stream name. */
export type RecordsByStream = Readonly<Record<string, readonly Record<string, unknown>[]>>;

/** What the destination checks need. */
export interface DestinationChecksOptions {
  readonly subject: ConnectorUnderTest;
  readonly config: unknown;
  /** A config the destination refuses: adds a `check` that must answer FAILED. */
  readonly invalidConfig?: unknown;
  /**
   * Records to write (default {@link SYNTHETIC_RECORDS}: one stream no converter claims, so any
   * destination takes them). Real records, e.g. a captured `read`, exercise the destination's writes.
   */
  readonly records?: RecordsByStream;
}

/**
 * Records of a stream named like no real source's (`harness__test__items`): a destination that maps
 * streams by name skips them, one that stores anything stores them; both must echo every state.
 */
export const SYNTHETIC_RECORDS: RecordsByStream = {
  harness__test__items: Array.from({ length: 7 }, (_, i) => ({ id: i + 1, name: `item ${i + 1}` })),
};

/**
 * The destination's checks: spec, check (and check with a bad config), and a `write` whose every
 * STATE must come back once, in order, with its `id`, stream state and `sourceStats` untouched and
 * `destinationStats.recordCount` equal to the records before it. A destination echoes a state only
 * after committing what precedes it, so a correct echo is the platform's commit signal.
 */
export function destinationChecks(options: DestinationChecksOptions): NamedCheck[] {
  const { subject, config } = options;
  const records = options.records ?? SYNTHETIC_RECORDS;
  const catalog = catalogOf(records);
  const checks: NamedCheck[] = [
    { name: 'spec', run: () => checkSpec(subject, { config }) },
    { name: 'check succeeds', run: () => checkConnection(subject, config, 'SUCCEEDED') },
    { name: 'state echo', run: () => checkStateEcho(subject, config, catalog, { records, statesEvery: 3 }) },
  ];
  if (options.invalidConfig !== undefined) {
    checks.splice(2, 0, { name: 'check fails', run: () => checkConnection(subject, options.invalidConfig, 'FAILED') });
  }
  return checks;
}

/** An append catalog of the streams, with schemas that accept their records. */
export function catalogOf(records: RecordsByStream): ConfiguredAirbyteCatalog {
  const streams: ConfiguredAirbyteStream[] = Object.keys(records).map((name) => ({
    stream: { name, json_schema: { type: 'object' }, supported_sync_modes: ['full_refresh', 'incremental'] },
    sync_mode: 'incremental',
    destination_sync_mode: 'append',
  }));
  return { streams };
}
