import type { Command } from 'commander';
import { loadConnection } from '../connection/connection.js';
import { parseFrequency } from '../connection/parse-frequency.js';
import { EXIT, HarnessError } from '../harness-error.js';
import type { HarnessLogLevel } from '../run-logs.js';
import { runSync } from '../run-sync.js';
import { DEFAULT_HOME } from '../state-store.js';
import { formatSummary, type SyncSummary } from '../sync-summary.js';
import { type CommonOptions, commandAction } from './command-action.js';
import { SyncProgress } from './sync-progress.js';

interface SyncCommandOptions extends CommonOptions {
  readonly fullRefresh?: boolean;
  readonly discover?: boolean;
  readonly every?: string;
  readonly home: string;
  readonly logLevel: HarnessLogLevel;
  readonly maxAttempts: string;
  readonly heartbeat?: string;
  readonly cancel?: boolean;
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error'];

/** Adds `sync`: one sync of a connection, or syncs on a schedule until stopped. */
export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description('sync a connection: source into destination, state kept as the destination commits it')
    .argument('<connection>', 'connection file (YAML or JSON)')
    .option('--full-refresh', "reset the streams' state and sync them full refresh + overwrite")
    .option(
      '--every <duration>',
      "sync again on this schedule until stopped (15m, 1h); 'file' uses the connection's frequency",
    )
    .option('--discover', 'run discover even if the catalog of this source build and config is known')
    .option('--home <dir>', 'folder of state and run logs', DEFAULT_HOME)
    .option('--log-level <level>', `run log level (${LEVELS.join(', ')})`, 'info')
    .option('--max-attempts <n>', 'attempts before the sync fails', '3')
    .option('--heartbeat <duration>', 'fail an attempt when the source is silent this long (default 3h)')
    .option('--cancel', 'with --every: SIGINT/SIGTERM also cancel the running sync (default: let it finish)')
    .option('--json', 'print the summary as JSON (one line per sync)')
    .action(commandAction('sync', syncAction));
}

async function syncAction(file: string, options: SyncCommandOptions): Promise<number> {
  if (!LEVELS.includes(options.logLevel)) {
    throw new HarnessError(`--log-level must be one of ${LEVELS.join(', ')}`, EXIT.badInput);
  }
  const maxAttempts = Number(options.maxAttempts);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new HarnessError('--max-attempts must be a whole number of at least 1', EXIT.badInput);
  const heartbeatMs = options.heartbeat === undefined ? undefined : duration(options.heartbeat, '--heartbeat');
  const connection = loadConnection(file);
  let everyMs: number | undefined;
  if (options.every === 'file') everyMs = connection.frequencyMs;
  else if (options.every !== undefined) everyMs = duration(options.every, '--every');

  // The first SIGINT or SIGTERM stops the schedule (and, with --cancel, the running sync, which
  // then commits what the destination has); a second one ends the process.
  let stopping = false;
  let wake: (() => void) | undefined;
  const cancel = new AbortController();
  const stop = (): void => {
    stopping = true;
    if (everyMs === undefined || options.cancel) cancel.abort();
    wake?.();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let exitCode: number = EXIT.ok;
  do {
    const startedAt = Date.now();
    const summary = await once(connection, options, maxAttempts, heartbeatMs, cancel.signal);
    exitCode = summary.status === 'succeeded' ? EXIT.ok : cancel.signal.aborted ? EXIT.cancelled : EXIT.failed;
    if (everyMs === undefined || stopping) break;
    // The next sync starts a period after this one started, or at once if it ran longer: never two at a time.
    const wait = Math.max(0, startedAt + everyMs - Date.now());
    if (!options.json) process.stderr.write(`next sync in ${Math.round(wait / 1000)} s (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  } while (!stopping);
  return exitCode;
}

async function once(
  connection: ReturnType<typeof loadConnection>,
  options: SyncCommandOptions,
  maxAttempts: number,
  heartbeatMs: number | undefined,
  signal: AbortSignal,
): Promise<SyncSummary> {
  const progress = options.json ? undefined : new SyncProgress(process.stderr);
  const summary = await runSync(connection, {
    home: options.home,
    fullRefresh: options.fullRefresh,
    discover: options.discover,
    logLevel: options.logLevel,
    maxAttempts,
    heartbeatMs,
    signal,
    onProgress: progress ? (streams) => progress.update(streams) : undefined,
    onLog: options.json
      ? undefined
      : (channel, level, line) => {
          if (channel === 'harness' && (level === 'warn' || level === 'error')) process.stderr.write(`${line}\n`);
        },
  });
  progress?.done();
  process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
  return summary;
}

function duration(text: string, flag: string): number {
  const parsed = parseFrequency(text);
  if (!parsed.ok || parsed.ms === undefined)
    throw new HarnessError(`${flag}: ${parsed.ok ? 'a duration is needed' : parsed.rule}`, EXIT.badInput);
  return parsed.ms;
}
