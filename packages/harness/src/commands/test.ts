import type { Command } from 'commander';
import { EXIT, HarnessError } from '../harness-error.js';
import { resolveConnector, UnknownConnectorError } from '../runner.js';
import { connectorSubject } from '../testing/connector-subject.js';
import { formatCheck, formatVerdict } from '../testing/format-test-report.js';
import { testConnector } from '../testing/test-connector.js';
import { readConfigFile, readRecordsFile } from './read-config-file.js';

/** Options of `airbyte-harness test`. */
export interface TestCommandOptions {
  /** The connector's config file (JSON or YAML, `${VAR}` references filled). */
  readonly config: string;
  /** A config the connector must refuse (adds a `check fails` check). */
  readonly invalidConfig?: string;
  /** Destinations: a JSON-lines file of records to write (e.g. a captured `read`). */
  readonly records?: string;
  /** Sources: streams allowed to read no records. */
  readonly emptyStreams?: readonly string[];
  readonly json?: boolean;
}

/** Where the command writes. */
export interface CommandOutput {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processOutput: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * `airbyte-harness test <connector> --config <file>`: runs the SDK's conformance checks against the
 * connector (a source gets the source suite, a destination spec, check and state echo) and prints
 * each check as it finishes, or the whole report as JSON. Resolves to the exit code: 0 when every
 * check passed, 1 when one failed, 2 for bad input (unknown connector, unreadable config).
 */
export async function testCommand(
  connectorRef: string,
  options: TestCommandOptions,
  out: CommandOutput = processOutput,
): Promise<number> {
  try {
    const connector = resolveConnector(connectorRef);
    const config = readConfigFile(options.config);
    const invalidConfig = options.invalidConfig === undefined ? undefined : readConfigFile(options.invalidConfig);
    const records = options.records === undefined ? undefined : readRecordsFile(options.records);
    if (!options.json) out.stdout(`testing ${connector.description}\n`);
    const report = await testConnector({
      subject: connectorSubject(connector),
      config,
      invalidConfig,
      records,
      emptyStreams: options.emptyStreams,
      onCheck: options.json ? undefined : (check) => out.stdout(`${formatCheck(check)}\n`),
    });
    out.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatVerdict(report)}\n`);
    return report.passed ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof HarnessError || error instanceof UnknownConnectorError) {
      out.stderr(`airbyte-harness test: ${error.message}\n`);
      return error instanceof HarnessError ? error.exitCode : EXIT.badInput;
    }
    throw error;
  }
}

/** Adds `test` to the harness's command line. */
export function registerTestCommand(program: Command): void {
  program
    .command('test')
    .description("run the SDK's conformance checks against a connector and report each, passed or failed with why")
    .argument('<connector>', 'github, jira, jenkins, faros, a command line, or docker:<image>:<tag>')
    .requiredOption('--config <file>', `the connector config (JSON or YAML; \${VAR} read from the environment)`)
    .option('--invalid-config <file>', 'a config the connector must refuse: adds a check that `check` answers FAILED')
    .option('--records <file>', 'destinations: JSON lines of records to write (a captured read), default synthetic')
    .option('--empty-streams <names...>', 'sources: streams allowed to read no records')
    .option('--json', 'print the report as JSON')
    .action(async (connector: string, options: TestCommandOptions) => {
      process.exitCode = await testCommand(connector, options);
    });
}
