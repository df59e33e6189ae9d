import { secretValuesOf } from '../config/spec-secrets.js';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import { checkBasicRead } from './check-basic-read.js';
import { checkConnection } from './check-connection.js';
import { checkDiscover } from './check-discover.js';
import { checkFullRefreshTwice } from './check-full-refresh.js';
import { checkFutureState, type FutureStateBuilder } from './check-future-state.js';
import { checkIncremental } from './check-incremental.js';
import { checkSecretsNotInOutput } from './check-secrets.js';
import { checkSpec } from './check-spec.js';
import { checkLog, step } from './check-steps.js';
import { checkUnknownStream } from './check-unknown-stream.js';
import { type ConformanceResult, formatConformanceResult } from './conformance-result.js';
import type { ConnectorUnderTest } from './connector-under-test.js';

/** What the standard source suite needs. */
export interface SourceConformanceOptions {
  readonly subject: ConnectorUnderTest;
  /** A working config. */
  readonly config: unknown;
  /** A config the service refuses: adds a `check` that must answer FAILED. */
  readonly invalidConfig?: unknown;
  /** Full-refresh catalog for the read checks (default: every discovered stream). */
  readonly catalog?: ConfiguredAirbyteCatalog;
  /** Streams allowed to read no records. */
  readonly emptyStreams?: readonly string[];
  readonly futureState?: FutureStateBuilder;
  /** Secret values to look for in the output (default: the config's `airbyte_secret` values). */
  readonly secrets?: readonly unknown[];
}

/** One check of the suite, ready to run. */
export interface NamedCheck {
  readonly name: string;
  run(): Promise<ConformanceResult>;
}

/** The standard source checks as a list, to run one by one or register as tests. */
export function sourceConformanceChecks(options: SourceConformanceOptions): NamedCheck[] {
  const { subject, config, catalog } = options;
  const checks: NamedCheck[] = [
    { name: 'spec', run: () => checkSpec(subject, { config }) },
    { name: 'check succeeds', run: () => checkConnection(subject, config, 'SUCCEEDED') },
    { name: 'discover', run: () => checkDiscover(subject, config) },
    { name: 'basic read', run: () => checkBasicRead(subject, config, { catalog, emptyStreams: options.emptyStreams }) },
    { name: 'unknown stream', run: () => checkUnknownStream(subject, config, { catalog }) },
    { name: 'two full refreshes', run: () => checkFullRefreshTwice(subject, config, { catalog }) },
    { name: 'incremental', run: () => checkIncremental(subject, config) },
    { name: 'future state', run: () => checkFutureState(subject, config, { futureState: options.futureState }) },
    { name: 'secrets not in output', run: () => secretsCheck(options) },
  ];
  if (options.invalidConfig !== undefined) {
    checks.splice(2, 0, { name: 'check fails', run: () => checkConnection(subject, options.invalidConfig, 'FAILED') });
  }
  return checks;
}

/** Runs every check of the suite in order. */
export async function runSourceConformance(options: SourceConformanceOptions): Promise<ConformanceResult[]> {
  const results: ConformanceResult[] = [];
  for (const check of sourceConformanceChecks(options)) results.push(await check.run());
  return results;
}

/** The two functions of a test framework the suite registers with (vitest's and jest's fit). */
export interface TestRegistrar {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>): void;
}

/**
 * Registers the suite as tests: one test per check, failing with the list of failures.
 *
 * @example
 * import { describe, it } from 'vitest';
 * describeSourceConformance({ describe, it }, 'my source', { subject: inProcess(new MySource()), config });
 */
export function describeSourceConformance(test: TestRegistrar, name: string, options: SourceConformanceOptions): void {
  test.describe(`${name} conforms to the Airbyte protocol`, () => {
    for (const check of sourceConformanceChecks(options)) {
      test.it(check.name, async () => {
        const result = await check.run();
        if (!result.passed) throw new Error(formatConformanceResult(result));
      });
    }
  });
}

// Runs spec, check and a read (the commands that see the config) and looks for secrets in all of them.
async function secretsCheck(options: SourceConformanceOptions): Promise<ConformanceResult> {
  const { subject, config } = options;
  const log = checkLog();
  const spec = await step(log, 'spec', () => subject.spec());
  const secrets = options.secrets ?? (spec?.spec ? secretValuesOf(spec.spec.connectionSpecification, config) : []);
  await step(log, 'check', () => subject.check(config));
  if (options.invalidConfig !== undefined) await step(log, 'check', () => subject.check(options.invalidConfig));
  const read = await checkBasicRead(subject, config, { catalog: options.catalog });
  const result = checkSecretsNotInOutput([...log.runs, ...read.runs], secrets);
  return {
    ...result,
    failures: [...log.failures, ...result.failures],
    passed: result.passed && log.failures.length === 0,
  };
}
