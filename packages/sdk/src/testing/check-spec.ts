import { checkLog, outputProblems, step } from './check-steps.js';
import { type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';
import { lintSpec, type SpecLintOptions } from './spec-lints.js';

/**
 * `spec` prints exactly one SPEC message, exits 0, and the spec passes {@link lintSpec}
 * (including, when `options.config` is given, that the config matches it).
 */
export async function checkSpec(
  subject: ConnectorUnderTest,
  options: SpecLintOptions = {},
): Promise<ConformanceResult> {
  const log = checkLog();
  const run = await step(log, 'spec', () => subject.spec());
  if (run) {
    log.failures.push(...outputProblems(run, 'spec'));
    const count = run.count('SPEC');
    if (count !== 1) log.failures.push({ rule: 'one-spec', message: `spec printed ${count} SPEC messages, not 1` });
    if (run.spec) log.failures.push(...lintSpec(run.spec, options));
  }
  return conformanceResult('spec', log.failures, log.runs);
}
