import { checkLog, outputProblems, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/**
 * What `check` should answer: `SUCCEEDED` or `FAILED` (one CONNECTION_STATUS, exit 0), or
 * `ERROR` (a connector bug: one ERROR trace with a message, no status, non-zero exit).
 */
export type ExpectedCheckOutcome = 'SUCCEEDED' | 'FAILED' | 'ERROR';

/** `check` with this config gives exactly one CONNECTION_STATUS with the expected status (or the expected error). */
export async function checkConnection(
  subject: ConnectorUnderTest,
  config: unknown,
  expected: ExpectedCheckOutcome = 'SUCCEEDED',
): Promise<ConformanceResult> {
  const log = checkLog();
  const name = `check (${expected.toLowerCase()})`;
  const run = await step(log, 'check', () => subject.check(config));
  if (run) {
    const statuses = run.messages.flatMap((m) => (m.type === 'CONNECTION_STATUS' ? [m.connectionStatus] : []));
    const errors = run.errors();
    log.failures.push(...outputProblems(run, 'check', expected !== 'ERROR'));
    if (expected === 'ERROR') {
      if (run.exitCode === 0) log.failures.push({ rule: 'exit-code', message: 'check exited 0 after an error' });
      if (statuses.length > 0)
        log.failures.push({ rule: 'connection-status', message: 'an error gave a CONNECTION_STATUS too' });
      if (errors.length !== 1 || !errors[0]?.message) {
        log.failures.push({
          rule: 'error-trace',
          message: `expected one ERROR trace with a message, got ${errors.length}`,
        });
      }
    } else if (statuses.length !== 1) {
      log.failures.push({
        rule: 'connection-status',
        message: `check printed ${statuses.length} CONNECTION_STATUS messages, not 1`,
      });
    } else if (statuses[0]?.status !== expected) {
      const said = statuses[0]?.message ? `: ${statuses[0].message}` : '';
      log.failures.push({
        rule: 'connection-status',
        message: `check said ${statuses[0]?.status}${said}, expected ${expected}`,
      });
    }
  }
  return conformanceResult(name, log.failures, log.runs);
}
