import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { connectionTemplate } from '../connection-template.js';
import { connectorSpec } from '../connector-call.js';
import { EXIT, HarnessError } from '../harness-error.js';
import { resolveConnector } from '../runner.js';
import { type CommonOptions, commandAction, printJson } from './command-action.js';

interface InitOptions extends CommonOptions {
  readonly destination: string;
  readonly name?: string;
  readonly output?: string;
  readonly force?: boolean;
}

/** Adds `init <source>`: a commented connection file from the connectors' specs. */
export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description("write a commented connection file from a source's spec")
    .argument('<source>', 'github, jira, jenkins, docker:<image>:<tag> or a command line')
    .option('--destination <connector>', 'the destination', 'faros')
    .option('--name <name>', 'connection name (default my<source type>)')
    .option('-o, --output <file>', 'write here instead of stdout')
    .option('--force', 'overwrite an existing file')
    .option('--json', 'print {file, name} as JSON after writing')
    .action(
      commandAction('init', async (ref: string, options: InitOptions) => {
        const source = resolveConnector(ref);
        const destination = resolveConnector(options.destination);
        const name = options.name ?? `my${source.type}`;
        const [sourceSpec, destinationSpec] = await Promise.all([connectorSpec(source), connectorSpec(destination)]);
        const text = connectionTemplate({
          name,
          source: ref,
          sourceSpec,
          destination: options.destination,
          destinationSpec,
        });
        if (options.output === undefined) {
          process.stdout.write(text);
          return EXIT.ok;
        }
        if (existsSync(options.output) && !options.force) {
          throw new HarnessError(`${options.output} exists; use --force to overwrite it`, EXIT.badInput);
        }
        writeFileSync(options.output, text, { mode: 0o600 });
        if (options.json) printJson({ file: options.output, name });
        else process.stderr.write(`wrote ${options.output}\n`);
        return EXIT.ok;
      }),
    );
}
