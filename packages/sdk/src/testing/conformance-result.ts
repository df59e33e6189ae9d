import type { ConnectorRun } from './connector-run.js';

/** One rule a connector broke, named so tests can assert on it and people can read it. */
export interface ConformanceFailure {
  /** Stable rule id, e.g. `enum-distinct`, `state-record-count`. */
  readonly rule: string;
  /** What is wrong, in words. Never quotes a secret value. */
  readonly message: string;
  /** The stream at fault, when the rule is about one. */
  readonly stream?: string;
  /** Where in a schema or spec, e.g. `properties.credentials.oneOf[0]`. */
  readonly path?: string;
}

/** What a conformance check found. Checks never throw for a broken connector: they report. */
export interface ConformanceResult {
  /** The check's name, e.g. `basic read`. */
  readonly check: string;
  /** True when there are no failures. */
  readonly passed: boolean;
  readonly failures: readonly ConformanceFailure[];
  /** Set when the check did not apply (e.g. no stream supports incremental); then it passed. */
  readonly skipped?: string;
  /** The connector runs the check made, for debugging and for {@link checkSecretsNotInOutput}. */
  readonly runs: readonly ConnectorRun[];
}

/** Builds a result from failures. */
export function conformanceResult(
  check: string,
  failures: readonly ConformanceFailure[],
  runs: readonly ConnectorRun[] = [],
  skipped?: string,
): ConformanceResult {
  const result = { check, passed: failures.length === 0, failures, runs };
  return skipped === undefined ? result : { ...result, skipped };
}

/** A result as readable lines: the check, then one line per failure. */
export function formatConformanceResult(result: ConformanceResult): string {
  if (result.skipped !== undefined) return `${result.check}: skipped (${result.skipped})`;
  if (result.passed) return `${result.check}: passed`;
  const lines = result.failures.map((f) => {
    const where = [f.stream && `stream ${f.stream}`, f.path].filter(Boolean).join(', ');
    return `  - [${f.rule}]${where ? ` (${where})` : ''} ${f.message}`;
  });
  return [`${result.check}: ${result.failures.length} failure(s)`, ...lines].join('\n');
}

/** Rules that cap repeated failures (e.g. one per invalid record) keep a report short. */
export const MAX_FAILURES_PER_RULE = 5;

/** Appends failures, keeping at most {@link MAX_FAILURES_PER_RULE} per rule and stream. */
export class FailureList {
  readonly items: ConformanceFailure[] = [];
  private readonly counts = new Map<string, number>();

  add(failure: ConformanceFailure): void {
    const key = `${failure.rule}\u0000${failure.stream ?? ''}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= MAX_FAILURES_PER_RULE) this.items.push(failure);
    else if (count === MAX_FAILURES_PER_RULE + 1) {
      this.items.push({ ...failure, message: 'more failures of this rule left out' });
    }
  }

  addAll(failures: Iterable<ConformanceFailure>): void {
    for (const f of failures) this.add(f);
  }
}
