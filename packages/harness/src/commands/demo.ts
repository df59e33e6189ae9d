import type { Command } from 'commander';
import type { DemoScale } from '../demo/demo-world.js';
import { formatDemoReport } from '../demo/format-demo-report.js';
import { runDemo } from '../demo/run-demo.js';
import { EXIT, HarnessError } from '../harness-error.js';
import { commandAction, printJson } from './command-action.js';

/** Options of `airbyte-harness demo`. */
export interface DemoCommandOptions {
  readonly dir: string;
  readonly reset?: boolean;
  readonly json?: boolean;
  readonly seed?: string;
  readonly scale?: DemoScale;
}

/** Runs the demo and prints it (progress on stderr with `--json`); exit 1 when no source synced. */
export async function demoCommand(options: DemoCommandOptions): Promise<number> {
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && !(Number.isSafeInteger(seed) && seed >= 0)) {
    throw new HarnessError(`--seed must be a non-negative integer, got ${options.seed}`, EXIT.badInput);
  }
  if (options.scale !== undefined && !['small', 'medium', 'large'].includes(options.scale)) {
    throw new HarnessError(`--scale must be small, medium or large, got ${options.scale}`, EXIT.badInput);
  }
  const progress = (line: string): void => {
    if (options.json) process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
  const report = await runDemo({
    dir: options.dir,
    reset: options.reset,
    seed,
    scale: options.scale,
    onProgress: progress,
  });
  if (options.json) printJson(report);
  else process.stdout.write(`\n${formatDemoReport(report)}\n`);
  return report.syncs.some((s) => s.status === 'succeeded') ? EXIT.ok : EXIT.failed;
}

/** Adds `demo` to the harness's command line. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'sync the sandbox (GitHub, Jira, Jenkins simulators) into a local Faros CE kept in --dir and show what a Faros CE user sees; run again for an incremental sync of a world that moved on',
    )
    .option('--dir <folder>', 'where the world, Faros CE and the connections state live', '.faros-ce')
    .option('--reset', 'start over: delete the folder first')
    .option('--seed <n>', 'seed of a new world (default 1)')
    .option('--scale <scale>', 'size of a new world: small, medium or large (default small)')
    .option('--json', 'print the report as JSON (progress goes to stderr)')
    .action(commandAction('demo', demoCommand));
}
