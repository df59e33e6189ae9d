import { ConnectionFileError } from '../connection/connection-error.js';
import { ConnectionLockedError } from '../connection-lock.js';
import { EXIT, HarnessError } from '../harness-error.js';
import { UnknownConnectorError } from '../runner.js';
import { StateFileError } from '../state-store.js';

/** Options every command takes. */
export interface CommonOptions {
  readonly json?: boolean;
}

/** The exit code an error earns: scripts can tell bad input, a held lock and a failed run apart. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof HarnessError) return error.exitCode;
  if (error instanceof ConnectionLockedError) return EXIT.locked;
  if (
    error instanceof ConnectionFileError ||
    error instanceof UnknownConnectorError ||
    error instanceof StateFileError
  ) {
    return EXIT.badInput;
  }
  return EXIT.failed;
}

/**
 * Wraps a command's action: its resolved number is the exit code; an error is printed (as
 * `{"error": ...}` with `--json`) and mapped by {@link exitCodeOf}. Messages are already masked
 * by the code that built them.
 */
export function commandAction<A extends unknown[]>(
  name: string,
  action: (...args: A) => Promise<number>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const options = args.find((a): a is CommonOptions => typeof a === 'object' && a !== null && 'json' in a);
    try {
      process.exitCode = await action(...args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = exitCodeOf(error);
      if (options?.json) process.stdout.write(`${JSON.stringify({ error: message, exitCode: code })}\n`);
      else process.stderr.write(`airbyte-harness ${name}: ${message}\n`);
      if (code === EXIT.failed && !(error instanceof HarnessError) && error instanceof Error && error.stack) {
        process.stderr.write(`${error.stack}\n`);
      }
      process.exitCode = code;
    }
  };
}

/** Writes a value as pretty JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
