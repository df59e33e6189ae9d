import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FaultSpecError } from '../service/fault-settings.js';
import type { SandboxServiceName } from './connection-info.js';
import { parseFaultsOption, type SandboxFaults } from './sandbox-faults.js';
import { SANDBOX_SERVICES } from './sandbox-services.js';
import { type Sandbox, type SandboxOptions, startSandbox } from './start-sandbox.js';

/** Where the CLI writes, and how it learns that it should stop. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Resolves when the process is asked to stop (SIGINT or SIGTERM), with the signal's name. */
  stopSignal(): Promise<string>;
}

/** Exit code for bad flags. */
export const EXIT_USAGE = 2;

const processStopSignal = (): Promise<string> =>
  new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

/** The real process's streams and signals. */
export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stopSignal: processStopSignal };

const parseSeed = (value: string): number => {
  const seed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError('the seed must be a non-negative integer.');
  }
  return seed;
};

const available = (): SandboxServiceName[] => SANDBOX_SERVICES.map((definition) => definition.name);

const parseFaults = (value: string): SandboxFaults => {
  try {
    return parseFaultsOption(value, available());
  } catch (error) {
    if (error instanceof FaultSpecError) throw new InvalidArgumentError(`${error.message}.`);
    throw error;
  }
};

interface UpFlags {
  readonly scale: 'small' | 'medium' | 'large';
  readonly seed: number;
  readonly faults?: SandboxFaults;
  readonly dataDir?: string;
  readonly adminSecret?: string;
  readonly postgresUrl?: string;
}

async function up(flags: UpFlags, io: CliIo): Promise<number> {
  const options: SandboxOptions = {
    seed: flags.seed,
    scale: flags.scale,
    faults: flags.faults,
    dataDir: flags.dataDir,
    adminSecret: flags.adminSecret,
    postgresUrl: flags.postgresUrl,
  };
  const stopping = io.stopSignal();
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    io.stderr.write(`faros-ce-sandbox: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.stdout.write(`${JSON.stringify(sandbox.connectionInfo())}\n`);
  const names = Object.keys(sandbox.services).join(', ');
  io.stderr.write(`faros-ce-sandbox: ${names} up (seed ${sandbox.seed}, scale ${flags.scale}); stop with Ctrl-C\n`);
  const signal = await stopping;
  io.stderr.write(`faros-ce-sandbox: ${signal}, closing\n`);
  try {
    await sandbox.close();
  } catch (error) {
    io.stderr.write(`faros-ce-sandbox: closing failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return 0;
}

function buildProgram(io: CliIo, result: { code: number }): Command {
  const program = new Command('faros-ce-sandbox')
    .description('Local stand-ins for GitHub, Jira, Jenkins and Faros CE, over one simulated world.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  program
    .command('up')
    .description('Start every service on 127.0.0.1, print one JSON line of URLs and credentials, run until stopped.')
    .addOption(
      new Option('--scale <scale>', 'size of the world').choices(['small', 'medium', 'large']).default('small'),
    )
    .option('--seed <n>', 'seed of the world and of the faults', parseSeed, 1)
    .option(
      '--faults <spec>',
      `fault profiles: a profile for all (flaky), or service=profile pairs (farosCe=down,...)`,
      parseFaults,
    )
    .option('--data-dir <dir>', 'persist service data here (default: in memory)')
    .option('--admin-secret <secret>', "Faros CE's admin secret (default: random)")
    .option('--postgres-url <url>', 'store Faros CE in this Postgres database instead of PGlite')
    .action(async (flags: UpFlags) => {
      result.code = await up(flags, io);
    });
  return program;
}

/**
 * Runs the `faros-ce-sandbox` command line and resolves with the exit code: 0 after a clean stop,
 * {@link EXIT_USAGE} for bad flags, 1 when the sandbox can't start or close.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const result = { code: 0 };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    return EXIT_USAGE;
  }
}
