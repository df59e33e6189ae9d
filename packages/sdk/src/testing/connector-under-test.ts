import type { Destination } from '../destination/destination.js';
import type { AirbyteStateMessage, ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import type { Message } from '../protocol/messages.js';
import { serializeMessage } from '../protocol/serialize.js';
import type { Source } from '../source/source.js';
import type { ConnectorRun } from './connector-run.js';
import { runCommand } from './run-command.js';
import { runInProcess } from './run-in-process.js';
import type { CommandOptions } from './stream-command.js';
import { withTempDir } from './temp-dir.js';

/** A `--state` file's content: a state array, or a legacy object. */
export type StateInput = readonly AirbyteStateMessage[] | Readonly<Record<string, unknown>>;

/** A `write`'s input: messages (serialized for you) or raw lines (a newline is added). */
export type WriteInput = Iterable<Message | string> | AsyncIterable<Message | string>;

/**
 * A connector the checks can run, in this process or as a program: each method writes the input
 * files to a temporary directory, runs the command, and returns what it wrote.
 */
export interface ConnectorUnderTest {
  /** For reports, e.g. `in-process my-source` or `node dist/main.js`. */
  readonly description: string;
  /** Runs with raw arguments (paths are the caller's business). */
  run(
    argv: readonly string[],
    stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  ): Promise<ConnectorRun>;
  spec(): Promise<ConnectorRun>;
  check(config: unknown): Promise<ConnectorRun>;
  discover(config: unknown): Promise<ConnectorRun>;
  read(config: unknown, catalog: ConfiguredAirbyteCatalog, state?: StateInput): Promise<ConnectorRun>;
  write(config: unknown, catalog: ConfiguredAirbyteCatalog, lines: WriteInput): Promise<ConnectorRun>;
}

/** A connector run as a child process; the kill-and-resume driver needs one. */
export interface CommandConnector extends ConnectorUnderTest {
  readonly command: string;
  readonly args: readonly string[];
  readonly options: Readonly<Omit<CommandOptions, 'stdin'>>;
}

/** A connector object run in this process through the SDK's command line. */
export function inProcess<C>(connector: Source<C> | Destination<C>): ConnectorUnderTest {
  return connectorUnderTest(`in-process ${connector.name}`, (argv, stdin) =>
    runInProcess(connector, argv, stdin === undefined ? {} : { stdin }),
  );
}

/**
 * A connector program run as a child process: `command(process.execPath, ['dist/main.js'])`.
 * The connector's arguments (`read --config ...`) follow `args`.
 */
export function command(
  cmd: string,
  args: readonly string[] = [],
  options: Omit<CommandOptions, 'stdin'> = {},
): CommandConnector {
  const base = connectorUnderTest([cmd, ...args].join(' '), (argv, stdin) =>
    runCommand(cmd, [...args, ...argv], stdin === undefined ? options : { ...options, stdin }),
  );
  return { ...base, command: cmd, args: [...args], options };
}

type Runner = (
  argv: readonly string[],
  stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
) => Promise<ConnectorRun>;

function connectorUnderTest(description: string, run: Runner): ConnectorUnderTest {
  return {
    description,
    run,
    spec: () => run(['spec']),
    check: (config) =>
      withTempDir(async (dir) => run(['check', '--config', await dir.writeJson('config.json', config)])),
    discover: (config) =>
      withTempDir(async (dir) => run(['discover', '--config', await dir.writeJson('config.json', config)])),
    read: (config, catalog, state) =>
      withTempDir(async (dir) => {
        const argv = [
          'read',
          '--config',
          await dir.writeJson('config.json', config),
          '--catalog',
          await dir.writeJson('catalog.json', catalog),
        ];
        if (state !== undefined) argv.push('--state', await dir.writeJson('state.json', state));
        return run(argv);
      }),
    write: (config, catalog, lines) =>
      withTempDir(async (dir) => {
        const argv = [
          'write',
          '--config',
          await dir.writeJson('config.json', config),
          '--catalog',
          await dir.writeJson('catalog.json', catalog),
        ];
        return run(argv, toLines(lines));
      }),
  };
}

async function* toLines(lines: WriteInput): AsyncGenerator<string> {
  for await (const line of lines) yield `${typeof line === 'string' ? line : serializeMessage(line)}\n`;
}
