import { type ConnectorRun, RunCollector } from './connector-run.js';
import { type CommandOptions, streamCommand } from './stream-command.js';

/**
 * Runs a connector program as a child process and collects its messages, parsing stdout line by
 * line as it arrives.
 *
 * @example
 * const run = await runCommand('node', ['dist/main.js', 'spec']);
 * expect(run.spec?.connectionSpecification).toBeDefined();
 */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<ConnectorRun> {
  const collector = new RunCollector();
  const exit = await streamCommand(command, args, {
    ...options,
    onLine: (line) => {
      collector.parsed(line.parsed, line.text, line.lineNumber);
    },
  });
  return collector.finish(exit.exitCode, exit.stderr, exit.signal);
}
