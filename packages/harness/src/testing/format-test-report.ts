import type { CheckReport, TestReport } from './test-connector.js';

/** One check as lines: `✓ name`, `- name (skipped: why)` or `✗ name` and one line per failure. */
export function formatCheck(check: CheckReport): string {
  if (check.skipped !== undefined) return `  - ${check.name} (skipped: ${check.skipped})`;
  if (check.passed) return `  ✓ ${check.name}`;
  const lines = check.failures.map((f) => {
    const where = [f.stream && `stream ${f.stream}`, f.path].filter(Boolean).join(', ');
    return `      [${f.rule}]${where ? ` (${where})` : ''} ${f.message}`;
  });
  return [`  ✗ ${check.name}`, ...lines].join('\n');
}

/** The report's closing line: how many checks passed, and the verdict. */
export function formatVerdict(report: TestReport): string {
  const failed = report.checks.filter((c) => !c.passed).length;
  const total = report.checks.length;
  const kind = report.kind ?? 'connector';
  return failed === 0
    ? `${kind} ${report.connector}: all ${total} checks passed`
    : `${kind} ${report.connector}: ${failed} of ${total} checks failed`;
}

/** The whole report as text. */
export function formatTestReport(report: TestReport): string {
  return [...report.checks.map(formatCheck), formatVerdict(report)].join('\n');
}
