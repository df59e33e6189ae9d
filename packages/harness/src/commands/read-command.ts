import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { LineReader, SecretMasker, secretValuesOf } from '@faros-ce/sdk';
import type { Command } from 'commander';
import { buildCatalogs } from '../build-catalogs.js';
import { loadConnection } from '../connection/connection.js';
import { connectorDiscover, connectorSpec, writeCallFiles } from '../connector-call.js';
import { EXIT } from '../harness-error.js';
import { DEFAULT_HOME, StateStore } from '../state-store.js';
import { type CommonOptions, commandAction } from './command-action.js';

interface ReadOptions extends CommonOptions {
  readonly output?: string;
  readonly withState?: boolean;
  readonly fullRefresh?: boolean;
  readonly home?: string;
}

/**
 * Adds `read`: the connection's source alone, its messages written as they come to a file or
 * stdout (a capture `write` can replay). Records pass through byte for byte; other lines are masked.
 */
export function registerReadCommand(program: Command): void {
  program
    .command('read')
    .description("run a connection's source alone, its output to a file or stdout")
    .argument('<connection>', 'connection file (YAML or JSON)')
    .option('-o, --output <file>', 'write the messages here instead of stdout')
    .option('--with-state', "start from the connection's committed state (default: from scratch)")
    .option('--full-refresh', 'configure every stream full refresh')
    .option('--home <dir>', 'state folder', DEFAULT_HOME)
    .option('--json', 'print a summary as JSON on stderr at the end')
    .action(commandAction('read', readAction));
}

async function readAction(file: string, options: ReadOptions): Promise<number> {
  const connection = loadConnection(file);
  const spec = await connectorSpec(connection.source.resolved);
  const masker = new SecretMasker(secretValuesOf(spec.connectionSpecification, connection.source.config));
  const catalog = await connectorDiscover(connection.source.resolved, connection.source.config, masker);
  const catalogs = buildCatalogs(catalog, connection.streams, connection.prefix, { fullRefresh: options.fullRefresh });
  const state = options.withState ? new StateStore(connection.name, options.home).read() : undefined;
  const files = await writeCallFiles({ config: connection.source.config, catalog: catalogs.source, state });
  const out: Writable = options.output ? createWriteStream(options.output, { mode: 0o600 }) : process.stdout;
  let records = 0;
  try {
    const { command, args } = connection.source.resolved.invocation(['read', ...files.args]);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code: number | null) => resolve(code));
    });
    const stderr = (async () => {
      for await (const line of new LineReader(child.stderr as NodeJS.ReadableStream & AsyncIterable<Buffer>)) {
        process.stderr.write(`${masker.mask(line)}\n`);
      }
    })();
    for await (const line of new LineReader(child.stdout as NodeJS.ReadableStream & AsyncIterable<Buffer>)) {
      const isRecord = line.startsWith('{"type":"RECORD"');
      if (isRecord) records++;
      if (!out.write(`${isRecord ? line : masker.mask(line)}\n`)) await once(out, 'drain');
    }
    const code = await closed;
    await stderr;
    if (options.output) await new Promise<void>((resolve) => out.end(resolve));
    if (options.json) process.stderr.write(`${JSON.stringify({ exitCode: code, records })}\n`);
    else process.stderr.write(`read: source exited with ${code}, ${records} records\n`);
    return code === 0 ? EXIT.ok : EXIT.failed;
  } finally {
    await files.remove();
  }
}
