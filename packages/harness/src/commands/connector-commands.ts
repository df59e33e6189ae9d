import { SecretMasker, secretValuesOf } from '@faros-ce/sdk';
import type { Command } from 'commander';
import { loadConnection } from '../connection/connection.js';
import { connectorCheck, connectorDiscover, connectorSpec } from '../connector-call.js';
import { EXIT } from '../harness-error.js';
import { resolveConnector } from '../runner.js';
import { type CommonOptions, commandAction, printJson } from './command-action.js';

/** Adds `spec`, `check` and `discover` to the command line. */
export function registerConnectorCommands(program: Command): void {
  program
    .command('spec')
    .description("print a connector's specification")
    .argument('<connector>', 'github, jira, jenkins, faros, docker:<image>:<tag> or a command line')
    .option('--json', 'print the SPEC message as JSON (the default output is the same JSON)')
    .action(
      commandAction('spec', async (ref: string, _options: CommonOptions) => {
        printJson(await connectorSpec(resolveConnector(ref)));
        return EXIT.ok;
      }),
    );

  program
    .command('check')
    .description("check a connection's source and destination configs (exit 4 when one is FAILED)")
    .argument('<connection>', 'connection file (YAML or JSON)')
    .option('--json', 'print the statuses as JSON')
    .action(
      commandAction('check', async (file: string, options: CommonOptions) => {
        const connection = loadConnection(file);
        const results = [];
        for (const side of ['source', 'destination'] as const) {
          const endpoint = connection[side];
          const spec = await connectorSpec(endpoint.resolved);
          const masker = new SecretMasker(secretValuesOf(spec.connectionSpecification, endpoint.config));
          const status = await connectorCheck(endpoint.resolved, endpoint.config, masker);
          const message = status.message === undefined ? undefined : masker.mask(status.message);
          results.push({ side, connector: endpoint.connector, status: status.status, message });
        }
        if (options.json) printJson(results);
        else
          for (const r of results)
            process.stdout.write(`${r.side} (${r.connector}): ${r.status}${r.message ? ` - ${r.message}` : ''}\n`);
        return results.every((r) => r.status === 'SUCCEEDED') ? EXIT.ok : EXIT.checkFailed;
      }),
    );

  program
    .command('discover')
    .description("print the catalog of a connection's source")
    .argument('<connection>', 'connection file (YAML or JSON)')
    .option('--json', 'print the catalog as JSON')
    .action(
      commandAction('discover', async (file: string, options: CommonOptions) => {
        const connection = loadConnection(file);
        const spec = await connectorSpec(connection.source.resolved);
        const masker = new SecretMasker(secretValuesOf(spec.connectionSpecification, connection.source.config));
        const catalog = await connectorDiscover(connection.source.resolved, connection.source.config, masker);
        if (options.json) printJson(catalog);
        else {
          for (const s of catalog.streams) {
            const cursor = s.default_cursor_field?.length ? ` cursor ${s.default_cursor_field.join('.')}` : '';
            const key = s.source_defined_primary_key?.length
              ? ` key ${s.source_defined_primary_key.map((p) => p.join('.')).join(', ')}`
              : '';
            process.stdout.write(`${s.name}: ${s.supported_sync_modes.join(', ')}${cursor}${key}\n`);
          }
        }
        return EXIT.ok;
      }),
    );
}
