import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LineReader } from '../io/line-reader.js';
import { type ParseResult, parseMessage } from '../protocol/parse.js';

/** What a child process gets. */
export interface CommandOptions {
  /** Input piped to stdin (e.g. the lines of a `write`); without it stdin is empty. */
  stdin?: string | Iterable<Buffer | string> | AsyncIterable<Buffer | string>;
  /** Variables added to this process's environment. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Working directory (default: this process's). */
  cwd?: string;
}

/** One stdout line of a child, parsed. */
export interface CommandLine {
  /** 1-based line number on stdout. */
  readonly lineNumber: number;
  readonly text: string;
  /** The message, or why the line is not one. */
  readonly parsed: ParseResult;
}

/** Lets a line handler stop the child. */
export interface CommandControl {
  /**
   * Kills the child (default SIGKILL). Lines the child wrote after the one being handled are
   * dropped unread, as if the connection had died there.
   */
  kill(signal?: NodeJS.Signals): void;
}

/** Options of {@link streamCommand}. */
export interface StreamCommandOptions extends CommandOptions {
  /** Called for every non-blank stdout line, in order, as it arrives. */
  onLine(line: CommandLine, control: CommandControl): void;
  /** Characters of stderr kept (default 16 MiB); the rest is counted, not kept. */
  maxStderrChars?: number;
}

/** How a child ended. */
export interface CommandExit {
  /** Exit code; null when a signal ended it. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** True when the handler killed it. */
  readonly killed: boolean;
  readonly stderr: string;
}

/**
 * Runs a command and hands each stdout line to `onLine` as it arrives: stdout is read a chunk at
 * a time and never gathered whole, so a handler that keeps only what it needs runs in bounded
 * memory. Rejects only when the command cannot be started.
 */
export async function streamCommand(
  command: string,
  args: readonly string[],
  options: StreamCommandOptions,
): Promise<CommandExit> {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => resolve([code, signal])),
  );
  // A failed spawn emits 'error' (and 'close'); surface it instead of an exit code.
  const failedToStart = new Promise<never>((_, reject) => child.once('error', reject));
  failedToStart.catch(() => undefined);

  const maxStderr = options.maxStderrChars ?? 16 * 1024 * 1024;
  let stderr = '';
  let droppedStderr = 0;
  const { stdout, stderr: errors } = child;
  if (!stdout || !errors) throw new Error('child process has no stdout or stderr pipe');
  errors.setEncoding('utf8');
  errors.on('data', (text: string) => {
    const room = maxStderr - stderr.length;
    if (room >= text.length) stderr += text;
    else {
      stderr += text.slice(0, Math.max(0, room));
      droppedStderr += text.length - Math.max(0, room);
    }
  });

  if (options.stdin !== undefined && child.stdin) {
    const input = typeof options.stdin === 'string' ? [options.stdin] : options.stdin;
    // The child may exit before reading everything (EPIPE): its exit code says what happened.
    pipeline(Readable.from(input), child.stdin).catch(() => undefined);
  }

  let killed = false;
  const control: CommandControl = {
    kill: (signal = 'SIGKILL') => {
      if (killed) return;
      killed = true;
      child.kill(signal);
    },
  };
  const reader = new LineReader(stdout);
  const consume = async (): Promise<void> => {
    for await (const text of reader) {
      if (killed) continue; // drain what is left in the pipe without looking at it
      options.onLine({ lineNumber: reader.lineNumber, text, parsed: parseMessage(text, reader.lineNumber) }, control);
    }
  };
  try {
    await Promise.race([consume(), failedToStart]);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  }
  const [exitCode, signal] = await Promise.race([closed, failedToStart]);
  if (droppedStderr > 0) stderr += `\n[${droppedStderr} more characters of stderr not kept]`;
  return { exitCode, signal, killed, stderr };
}
