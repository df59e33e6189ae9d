import { serializeMessage } from '@faros-ce/sdk';
import { type ConnectorRun, type ConnectorUnderTest, runCommand, withTempDir } from '@faros-ce/sdk/testing';
import type { Connector } from '../runner.js';

type Stdin = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/**
 * A resolved connector (package, command or image) as the SDK's checks run it. Each call asks the
 * connector for its whole command line, so an image gets its config, catalog and state mounted.
 */
export function connectorSubject(connector: Connector): ConnectorUnderTest {
  const run = (argv: readonly string[], stdin?: Stdin): Promise<ConnectorRun> => {
    const { command, args } = connector.invocation(argv);
    return runCommand(command, args, stdin === undefined ? {} : { stdin });
  };
  const withFiles = (verb: string, files: Readonly<Record<string, unknown>>, stdin?: Stdin): Promise<ConnectorRun> =>
    withTempDir(async (dir) => {
      const argv = [verb];
      for (const [flag, value] of Object.entries(files)) {
        if (value !== undefined) argv.push(`--${flag}`, await dir.writeJson(`${flag}.json`, value));
      }
      return run(argv, stdin);
    });
  return {
    description: connector.description,
    run,
    spec: () => run(['spec']),
    check: (config) => withFiles('check', { config }),
    discover: (config) => withFiles('discover', { config }),
    read: (config, catalog, state) => withFiles('read', { config, catalog, state }),
    write: (config, catalog, lines) => withFiles('write', { config, catalog }, toLines(lines)),
  };
}

async function* toLines(lines: Parameters<ConnectorUnderTest['write']>[2]): AsyncGenerator<string> {
  for await (const line of lines) yield `${typeof line === 'string' ? line : serializeMessage(line)}\n`;
}
