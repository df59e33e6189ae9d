import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { type ConfiguredAirbyteStream, LineReader, parseMessage, SecretMasker, secretValuesOf } from '@faros-ce/sdk';
import type { Command } from 'commander';
import { loadConnection } from '../connection/connection.js';
import { connectorSpec, writeCallFiles } from '../connector-call.js';
import { EXIT, HarnessError } from '../harness-error.js';
import { runPipe } from '../pipe.js';
import { RunLogs } from '../run-logs.js';
import { DEFAULT_HOME, StateStore } from '../state-store.js';
import { type CommonOptions, commandAction, printJson } from './command-action.js';

interface WriteOptions extends CommonOptions {
  readonly home?: string;
  readonly commitState?: boolean;
}

/** Adds `write`: a captured source output (from `read`) replayed into the connection's destination. */
export function registerWriteCommand(program: Command): void {
  program
    .command('write')
    .description("replay a captured source output (from read) into a connection's destination")
    .argument('<connection>', 'connection file (YAML or JSON)')
    .argument('<file>', 'the captured messages (JSON lines)')
    .option('--commit-state', "keep the states the destination echoes as the connection's state")
    .option('--home <dir>', 'state folder', DEFAULT_HOME)
    .option('--json', 'print the figures as JSON')
    .action(commandAction('write', writeAction));
}

async function writeAction(connectionFile: string, file: string, options: WriteOptions): Promise<number> {
  const connection = loadConnection(connectionFile);
  const { streams, completed } = await scanCapture(file);
  if (streams.size === 0) throw new HarnessError(`${file} holds no RECORD or STATE messages`, EXIT.badInput);
  const selection = new Map((connection.streams ?? []).map((s) => [s.name, s]));
  const configured: ConfiguredAirbyteStream[] = [...streams].map((name) => {
    const chosen = selection.get(name);
    const syncMode = chosen?.syncMode ?? 'incremental';
    return {
      stream: { name, json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
      sync_mode: syncMode,
      destination_sync_mode: chosen?.destinationSyncMode ?? (syncMode === 'incremental' ? 'append' : 'overwrite'),
    };
  });
  const destinationCatalog = {
    streams: configured.map((s) => ({ ...s, stream: { ...s.stream, name: connection.prefix + s.stream.name } })),
  };
  const spec = await connectorSpec(connection.destination.resolved);
  const masker = new SecretMasker(secretValuesOf(spec.connectionSpecification, connection.destination.config));
  const store = new StateStore(connection.name, options.home);
  const logs = new RunLogs(join(store.runsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-write`), masker);
  const files = await writeCallFiles({ config: connection.destination.config, catalog: destinationCatalog });
  const lock = options.commitState ? store.lock() : undefined;
  try {
    const result = await runPipe({
      // The capture plays the source: the same checks, ids, counts and prefix as a sync.
      source: { command: process.execPath, args: ['-e', CAT, file] },
      destination: connection.destination.resolved.invocation(['write', ...files.args]),
      // COMPLETE only for streams the capture says completed: a partial capture must not delete rows.
      streams: configured.filter((s) => completed.has(s.stream.name)),
      prefix: connection.prefix,
      logs,
      onCommittedState: (state) => {
        if (options.commitState) store.commit(state);
      },
    });
    const figures = {
      succeeded: result.succeeded,
      error: result.failure,
      streams: result.streams,
      countMismatches: result.countMismatches,
      logDir: logs.dir,
    };
    if (options.json) printJson(figures);
    else {
      for (const s of result.streams) {
        process.stdout.write(
          `${s.stream}: ${s.recordsRead} sent, ${s.recordsWritten} written, ${s.recordsRejected} rejected, ${s.statesCommitted} states echoed\n`,
        );
      }
      if (result.failure) process.stderr.write(`write failed: ${result.failure}\n`);
    }
    return result.succeeded ? EXIT.ok : EXIT.failed;
  } finally {
    lock?.release();
    await logs.close();
    await files.remove();
  }
}

const CAT = 'require("node:fs").createReadStream(process.argv[1]).pipe(process.stdout)';

/** Stream names in a capture, and those with a COMPLETE status. */
async function scanCapture(file: string): Promise<{ streams: Set<string>; completed: Set<string> }> {
  const streams = new Set<string>();
  const completed = new Set<string>();
  let input: AsyncIterable<Buffer>;
  try {
    input = createReadStream(file);
  } catch (error) {
    throw new HarnessError(`cannot read ${file}: ${String(error)}`, EXIT.badInput);
  }
  const reader = new LineReader(input);
  try {
    for await (const line of reader) {
      const parsed = parseMessage(line);
      if (!parsed.ok) continue;
      const m = parsed.message;
      if (m.type === 'RECORD') streams.add(m.record.stream);
      else if (m.type === 'STATE' && m.state.type === 'STREAM' && m.state.stream) {
        streams.add(m.state.stream.stream_descriptor.name);
      } else if (m.type === 'TRACE' && m.trace.stream_status?.status === 'COMPLETE') {
        completed.add(m.trace.stream_status.stream_descriptor.name);
      }
    }
  } catch (error) {
    throw new HarnessError(`cannot read ${file}: ${(error as Error).message}`, EXIT.badInput);
  }
  return { streams, completed };
}
