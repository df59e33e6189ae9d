import { Command, CommanderError, type OutputConfiguration } from 'commander';
import { SecretMasker } from '../config/secret-masker.js';
import type { Destination } from '../destination/destination.js';
import { configError } from '../errors/airbyte-error.js';
import { ConnectorOutput } from '../io/connector-output.js';
import type { LineSink } from '../io/line-sink.js';
import { MessageWriter } from '../io/message-writer.js';
import type { Source } from '../source/source.js';
import { type CommandContext, reportFailure } from './command-context.js';
import { destinationDiscoverCommand, writeCommand } from './destination-commands.js';
import { checkCommand, discoverCommand, readCommand, specCommand } from './source-commands.js';

/** Where a connector run reads and writes; defaults are the process's own streams. */
export interface RunOptions {
  /** Arguments after the program name, e.g. `['read', '--config', 'config.json', '--catalog', 'catalog.json']`. */
  argv?: readonly string[];
  /** Input lines for `write` (default: process.stdin). */
  stdin?: AsyncIterable<Buffer | string>;
  /** Protocol output (default: process.stdout). */
  stdout?: LineSink;
  /** Human-readable errors and help (default: process.stderr). */
  stderr?: { write(text: string): unknown };
  /** Masker shared with whatever else prints (default: a new one). */
  masker?: SecretMasker;
}

/**
 * Runs a connector as its command-line program: `spec`, `check --config`, `discover --config`,
 * `read --config --catalog [--state]` for sources, `write --config --catalog` for destinations,
 * plus `--help` and `--version`. Resolves to the exit code once every line is flushed; it never
 * calls `process.exit`, so it also runs in-process (see `@faros-ce/sdk/testing`).
 *
 * @example
 * // bin/main.ts
 * import { main } from '@faros-ce/sdk';
 * await main(new MySource());
 */
export async function runConnector<C>(
  connector: Source<C> | Destination<C>,
  options: RunOptions = {},
): Promise<number> {
  const stdout = options.stdout ?? (process.stdout as unknown as LineSink);
  const stderr = options.stderr ?? process.stderr;
  const masker = options.masker ?? new SecretMasker();
  const argv = [...(options.argv ?? process.argv.slice(2))];
  const debug = argv.includes('--debug');
  const output = new ConnectorOutput(new MessageWriter(stdout), masker, debug);
  const ctx: CommandContext = {
    output,
    stdin: options.stdin ?? (connector.type === 'destination' ? process.stdin : undefined),
    validateRecords: argv.includes('--validate-records'),
  };

  let code = 0;
  const program = buildProgram(
    connector,
    ctx,
    {
      writeOut: (text) => stdout.write(text),
      writeErr: (text) => stderr.write(masker.mask(text)),
      outputError: (text, write) => write(text),
    },
    (c) => {
      code = c;
    },
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) {
        code = 0;
      } else {
        code = await reportFailure(
          output,
          configError(`Invalid command line: ${error.message.replace(/^error: /, '')}`),
        );
      }
    } else {
      code = await reportFailure(output, error);
    }
  }
  await output.flush().catch(() => undefined);
  return code;
}

function buildProgram<C>(
  connector: Source<C> | Destination<C>,
  ctx: CommandContext,
  output: OutputConfiguration,
  done: (code: number) => void,
): Command {
  // Output is configured before the subcommands exist: they copy it when created.
  const program = new Command(connector.name)
    .configureOutput(output)
    .description(`Airbyte ${connector.type} ${connector.name}`)
    .version(connector.version, '-V, --version')
    .option('--debug', 'also print DEBUG log messages')
    .exitOverride()
    .showHelpAfterError(false);
  const sub = (name: string, description: string): Command =>
    program.command(name).description(description).option('--debug', 'also print DEBUG log messages').exitOverride();

  sub('spec', 'print the connection specification').action(async () => done(await specCommand(connector, ctx)));
  sub('check', 'check that the config can reach the service')
    .requiredOption('--config <path>', 'config JSON file')
    .action(async (opts: { config: string }) => done(await checkCommand(connector, opts.config, ctx)));
  if (connector.type === 'source') {
    sub('discover', 'print the catalog of streams')
      .requiredOption('--config <path>', 'config JSON file')
      .action(async (opts: { config: string }) => done(await discoverCommand(connector, opts.config, ctx)));
    sub('read', 'read records of the configured streams')
      .requiredOption('--config <path>', 'config JSON file')
      .requiredOption('--catalog <path>', 'configured catalog JSON file')
      .option('--state <path>', 'state JSON file: STREAM or GLOBAL state array, or a legacy object')
      .option('--validate-records', 'check every record against its stream schema (debug and tests)')
      .action(async (opts: { config: string; catalog: string; state?: string }) =>
        done(await readCommand(connector, opts, ctx)),
      );
  } else {
    if (connector.discover) {
      sub('discover', 'print the objects this destination writes (DESTINATION_CATALOG)')
        .requiredOption('--config <path>', 'config JSON file')
        .action(async (opts: { config: string }) =>
          done(await destinationDiscoverCommand(connector, opts.config, ctx)),
        );
    }
    sub('write', 'write records from stdin')
      .requiredOption('--config <path>', 'config JSON file')
      .requiredOption('--catalog <path>', 'configured catalog JSON file')
      .option('--validate-records', 'check every record against its stream schema')
      .action(async (opts: { config: string; catalog: string }) => done(await writeCommand(connector, opts, ctx)));
  }
  return program;
}
