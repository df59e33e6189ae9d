import type { AirbyteCatalog } from '../protocol/generated.js';
import type { ConformanceFailure } from './conformance-result.js';
import type { ConnectorRun } from './connector-run.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/** What a check accumulates while it runs the connector. */
export interface CheckLog {
  readonly failures: ConformanceFailure[];
  readonly runs: ConnectorRun[];
}

/** A fresh {@link CheckLog}. */
export function checkLog(): CheckLog {
  return { failures: [], runs: [] };
}

/**
 * Runs one connector command for a check. A command that cannot run at all (missing program,
 * unreadable files) becomes a `run-failed` failure instead of an exception.
 */
export async function step(
  log: CheckLog,
  what: string,
  fn: () => Promise<ConnectorRun>,
): Promise<ConnectorRun | undefined> {
  try {
    const run = await fn();
    log.runs.push(run);
    return run;
  } catch (error) {
    log.failures.push({
      rule: 'run-failed',
      message: `${what} could not run: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

/** Failures common to every command: a non-zero exit and stdout lines that are not messages. */
export function outputProblems(run: ConnectorRun, what: string, expectZeroExit = true): ConformanceFailure[] {
  const failures: ConformanceFailure[] = [];
  if (expectZeroExit && run.exitCode !== 0) {
    const detail = run.errors()[0]?.message;
    failures.push({
      rule: 'exit-code',
      message: `${what} exited with ${run.exitCode ?? run.signal}${detail ? `: ${detail}` : ''}`,
    });
  }
  for (const line of run.invalidLines) {
    failures.push({
      rule: 'invalid-line',
      message: `${what}: stdout line ${line.lineNumber} is not a message: ${line.reason}`,
    });
  }
  return failures;
}

/** Runs discover for a check that needs the catalog; failures go to the log. */
export async function discoverFor(
  log: CheckLog,
  subject: ConnectorUnderTest,
  config: unknown,
): Promise<AirbyteCatalog | undefined> {
  const run = await step(log, 'discover', () => subject.discover(config));
  if (!run) return undefined;
  const catalog = run.catalog;
  if (run.exitCode !== 0 || !catalog) {
    log.failures.push({
      rule: 'discover-failed',
      message: `discover gave no catalog${run.errors()[0] ? `: ${run.errors()[0]?.message}` : ''}`,
    });
    return undefined;
  }
  return catalog;
}
