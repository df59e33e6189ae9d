/** Exit codes of `airbyte-harness`, for scripts. */
export const EXIT = {
  ok: 0,
  /** A connector or the sync failed (after its retries). */
  failed: 1,
  /** Bad input: usage, a connection file, an unknown connector, an unset variable, a state file. */
  badInput: 2,
  /** Another process is syncing the connection. */
  locked: 3,
  /** `check` ran and a connector answered FAILED. */
  checkFailed: 4,
  /** The sync was cancelled (SIGINT or SIGTERM) before it finished. */
  cancelled: 5,
} as const;

/** Why the harness stopped, with the exit code the CLI gives it. */
export class HarnessError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.failed) {
    super(message);
    this.name = 'HarnessError';
    this.exitCode = exitCode;
  }
}
