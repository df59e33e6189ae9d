import { Command } from 'commander';
import { registerConnectorCommands } from './commands/connector-commands.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerInitCommand } from './commands/init-command.js';
import { registerQueryCommand } from './commands/query.js';
import { registerReadCommand } from './commands/read-command.js';
import { registerStateCommand } from './commands/state-command.js';
import { registerSyncCommand } from './commands/sync-command.js';
import { registerTestCommand } from './commands/test.js';
import { registerWriteCommand } from './commands/write-command.js';
import { EXIT } from './harness-error.js';

// The harness's command line. Each command lives in src/commands/ and registers itself here.
const program = new Command()
  .name('airbyte-harness')
  .description('Run Airbyte connections locally, without a server: sync, state, logs, conformance tests.')
  .showHelpAfterError()
  .exitOverride();

registerConnectorCommands(program);
registerReadCommand(program);
registerWriteCommand(program);
registerSyncCommand(program);
registerInitCommand(program);
registerStateCommand(program);
registerTestCommand(program);
registerDemoCommand(program);
registerQueryCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // commander's own exits (help, version, usage errors) arrive here through exitOverride.
  const code = (error as { exitCode?: number }).exitCode;
  process.exitCode = code === 0 ? EXIT.ok : EXIT.badInput;
}
