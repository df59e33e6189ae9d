import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { EXIT, HarnessError } from '../harness-error.js';
import { DEFAULT_HOME, StateStore } from '../state-store.js';
import { type CommonOptions, commandAction, printJson } from './command-action.js';

interface StateOptions extends CommonOptions {
  readonly home: string;
  readonly stream?: string[];
}

/**
 * The connection name a state command means: a connection file's `name` (read without resolving
 * its connectors or variables: state needs neither), or the argument itself.
 */
export function connectionNameOf(arg: string): string {
  if (!existsSync(arg)) return arg;
  let value: unknown;
  try {
    value = parse(readFileSync(arg, 'utf8'));
  } catch (error) {
    throw new HarnessError(
      `${arg}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`,
      EXIT.badInput,
    );
  }
  const name = (value as { name?: unknown } | null)?.name;
  if (typeof name !== 'string') throw new HarnessError(`${arg}: the connection file has no name`, EXIT.badInput);
  return name;
}

/** Adds `state show|reset|export|import`. */
export function registerStateCommand(program: Command): void {
  const state = program.command('state').description("manage a connection's committed state");
  const common = (c: Command): Command =>
    c.option('--home <dir>', 'state folder', DEFAULT_HOME).option('--json', 'machine-readable output');

  common(
    state
      .command('show')
      .description('print the state, per stream')
      .argument('<connection>', 'connection file or name'),
  ).action(
    commandAction('state show', async (arg: string, options: StateOptions) => {
      const store = new StateStore(connectionNameOf(arg), options.home);
      const states = store.read();
      if (options.json) printJson(states);
      else if (states.length === 0) process.stdout.write(`${store.connection}: no state (the next sync starts over)\n`);
      else {
        for (const s of states) {
          const name = s.type === 'STREAM' && s.stream ? s.stream.stream_descriptor.name : String(s.type);
          const blob = s.type === 'STREAM' ? s.stream?.stream_state : s.type === 'GLOBAL' ? s.global : s.data;
          process.stdout.write(`${name}: ${JSON.stringify(blob)}\n`);
        }
      }
      return EXIT.ok;
    }),
  );

  common(
    state
      .command('reset')
      .description('forget the state (all streams, or those named): their next sync starts over')
      .argument('<connection>', 'connection file or name')
      .option('--stream <name...>', 'only these streams'),
  ).action(
    commandAction('state reset', async (arg: string, options: StateOptions) => {
      const store = new StateStore(connectionNameOf(arg), options.home);
      const lock = store.lock(); // never under a running sync
      try {
        const removed = store.reset(options.stream?.map((name) => ({ name })));
        if (options.json) printJson({ connection: store.connection, removed });
        else process.stdout.write(`${store.connection}: state of ${removed} stream(s) reset\n`);
      } finally {
        lock.release();
      }
      return EXIT.ok;
    }),
  );

  common(
    state
      .command('export')
      .description('print (or write) the state as an Airbyte state array')
      .argument('<connection>', 'connection file or name')
      .argument('[file]', 'write here instead of stdout'),
  ).action(
    commandAction('state export', async (arg: string, file: string | undefined, options: StateOptions) => {
      const store = new StateStore(connectionNameOf(arg), options.home);
      if (file === undefined) process.stdout.write(store.export());
      else {
        writeFileSync(file, store.export(), { mode: 0o600 });
        if (options.json) printJson({ file, streams: store.read().length });
      }
      return EXIT.ok;
    }),
  );

  common(
    state
      .command('import')
      .description("replace the state with an Airbyte state array (or a legacy object), e.g. from Faros's local CLI")
      .argument('<connection>', 'connection file or name')
      .argument('<file>', 'the state file'),
  ).action(
    commandAction('state import', async (arg: string, file: string, options: StateOptions) => {
      const store = new StateStore(connectionNameOf(arg), options.home);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new HarnessError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, EXIT.badInput);
      }
      const lock = store.lock();
      try {
        store.import(text);
      } finally {
        lock.release();
      }
      if (options.json) printJson({ connection: store.connection, streams: store.read().length });
      else process.stdout.write(`${store.connection}: imported ${store.read().length} state(s)\n`);
      return EXIT.ok;
    }),
  );
}
