import { SecretMasker, secretValuesOf } from '@faros-ce/sdk';
import {
  type ConformanceFailure,
  type ConformanceResult,
  type ConnectorUnderTest,
  type NamedCheck,
  sourceConformanceChecks,
} from '@faros-ce/sdk/testing';
import { destinationChecks, type RecordsByStream } from './destination-checks.js';

/** Source or destination: told by the spec (a destination declares `supported_destination_sync_modes`). */
export type ConnectorKind = 'source' | 'destination';

/** What `airbyte-harness test` runs. */
export interface TestConnectorOptions {
  readonly subject: ConnectorUnderTest;
  readonly config: unknown;
  readonly invalidConfig?: unknown;
  /** Destinations: the records to write (default: a synthetic stream). */
  readonly records?: RecordsByStream;
  /** Sources: streams allowed to read no records. */
  readonly emptyStreams?: readonly string[];
  /** Called as each check finishes (for live output). */
  readonly onCheck?: (check: CheckReport) => void;
}

/** One check's outcome, as printed and as `--json` gives it. */
export interface CheckReport {
  readonly name: string;
  readonly passed: boolean;
  /** Why the check did not apply (it then passed). */
  readonly skipped?: string;
  readonly failures: readonly ConformanceFailure[];
}

/** The whole report of `airbyte-harness test`. */
export interface TestReport {
  readonly connector: string;
  /** Undefined when `spec` failed, so the kind is unknown. */
  readonly kind?: ConnectorKind;
  readonly passed: boolean;
  readonly checks: readonly CheckReport[];
}

/**
 * Runs the SDK's conformance checks against a connector: the source suite (spec, check, discover,
 * basic read with schema and state lints, full refresh twice, incremental with checkpoint resumes,
 * future state, secrets) or the destination's (spec, check, state echo). Every failure message is
 * masked with the config's secrets. Never throws for a broken connector: the report says why.
 */
export async function testConnector(options: TestConnectorOptions): Promise<TestReport> {
  const { subject, config } = options;
  const masker = new SecretMasker();
  const kind = await kindOf(subject, config, masker);
  if (kind === undefined) {
    const check = masked(
      {
        name: 'spec',
        passed: false,
        failures: [{ rule: 'spec-failed', message: 'spec printed no SPEC message' }],
      },
      masker,
    );
    options.onCheck?.(check);
    return { connector: subject.description, passed: false, checks: [check] };
  }
  const checks: NamedCheck[] =
    kind === 'destination'
      ? destinationChecks({ subject, config, invalidConfig: options.invalidConfig, records: options.records })
      : sourceConformanceChecks({
          subject,
          config,
          invalidConfig: options.invalidConfig,
          emptyStreams: options.emptyStreams,
        });
  const reports: CheckReport[] = [];
  for (const check of checks) {
    const report = masked(toReport(check.name, await runCheck(check)), masker);
    reports.push(report);
    options.onCheck?.(report);
  }
  return { connector: subject.description, kind, passed: reports.every((r) => r.passed), checks: reports };
}

async function kindOf(
  subject: ConnectorUnderTest,
  config: unknown,
  masker: SecretMasker,
): Promise<ConnectorKind | undefined> {
  const run = await subject.spec().catch(() => undefined);
  const spec = run?.spec;
  if (!spec) return undefined;
  for (const secret of secretValuesOf(spec.connectionSpecification, config)) masker.add(secret);
  return spec.supported_destination_sync_modes !== undefined ? 'destination' : 'source';
}

// A check that throws (a bug in the check, or the connector's process could not start) is a failure.
async function runCheck(check: NamedCheck): Promise<ConformanceResult | Error> {
  try {
    return await check.run();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function toReport(name: string, result: ConformanceResult | Error): CheckReport {
  if (result instanceof Error) {
    return { name, passed: false, failures: [{ rule: 'check-crashed', message: result.message }] };
  }
  const base = { name, passed: result.passed, failures: result.failures };
  return result.skipped === undefined ? base : { ...base, skipped: result.skipped };
}

function masked(report: CheckReport, masker: SecretMasker): CheckReport {
  return {
    ...report,
    failures: report.failures.map((f) => ({ ...f, message: masker.mask(f.message) })),
  };
}
