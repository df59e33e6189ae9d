import { Command } from 'commander';
import { EXIT } from './harness-error.js';

type Register = (program: Command) => void;

// Each command lives in src/commands/ and is loaded only when it runs (or for help): a sync should
// not pay for loading the demo's sandbox or the test kit. Add a command with one line here.
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  spec: async () => (await import('./commands/connector-commands.js')).registerConnectorCommands,
  check: async () => (await import('./commands/connector-commands.js')).registerConnectorCommands,
  discover: async () => (await import('./commands/connector-commands.js')).registerConnectorCommands,
  read: async () => (await import('./commands/read-command.js')).registerReadCommand,
  write: async () => (await import('./commands/write-command.js')).registerWriteCommand,
  sync: async () => (await import('./commands/sync-command.js')).registerSyncCommand,
  init: async () => (await import('./commands/init-command.js')).registerInitCommand,
  state: async () => (await import('./commands/state-command.js')).registerStateCommand,
  test: async () => (await import('./commands/test.js')).registerTestCommand,
  demo: async () => (await import('./commands/demo.js')).registerDemoCommand,
  query: async () => (await import('./commands/query.js')).registerQueryCommand,
};

const program = new Command()
  .name('airbyte-harness')
  .description('Run Airbyte connections locally, without a server: sync, state, logs, conformance tests.')
  .showHelpAfterError()
  .exitOverride();

const named = COMMANDS[process.argv[2] ?? ''];
const loaders = named ? [named] : Object.values(COMMANDS);
const registered = new Set<Register>();
for (const register of await Promise.all(loaders.map((load) => load()))) {
  if (registered.has(register)) continue;
  registered.add(register);
  register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // commander's own exits (help, version, usage errors) arrive here through exitOverride.
  const code = (error as { exitCode?: number }).exitCode;
  process.exitCode = code === 0 ? EXIT.ok : EXIT.badInput;
}
