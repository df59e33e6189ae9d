import type { ConnectorContext } from '../io/connector-output.js';
import type { ConnectorSpecification } from '../protocol/generated.js';
import type { Stream } from './stream.js';

/** What `check` found: a failed check carries a message for the user. */
export type CheckResult = { succeeded: true } | { succeeded: false; message: string };

/**
 * A source connector: its spec, a connection check, and its streams. Turn it into a program with
 * {@link runConnector}.
 *
 * @typeParam C - the config type, as the spec describes it.
 */
export abstract class Source<C = Record<string, unknown>> {
  readonly type = 'source' as const;
  /** Connector name, for `--help` and logs. */
  abstract readonly name: string;
  /** Connector version, for `--version`. */
  readonly version: string = '0.0.0';

  /** The connection specification. */
  abstract spec(): ConnectorSpecification | Promise<ConnectorSpecification>;

  /**
   * Tries the config against the service. Return `{succeeded: false, message}` or throw a
   * `config_error` for problems the user must fix; other errors count as bugs.
   */
  abstract check(config: C, ctx: ConnectorContext): Promise<CheckResult>;

  /** The streams this config gives access to. */
  abstract streams(config: C, ctx: ConnectorContext): Stream<C>[] | Promise<Stream<C>[]>;

  /** How many slices may be read at once (default 1). */
  concurrency(_config: C): number {
    return 1;
  }
}
