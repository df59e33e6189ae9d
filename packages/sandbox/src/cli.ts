#!/usr/bin/env node
// faros-ce-sandbox: local stand-ins for GitHub, Jira, Jenkins and Faros CE. See the package README.
import { runCli } from './sandbox/run-cli.js';

runCli(process.argv).then(
  (code) => {
    process.exitCode = code;
    // Everything is closed; a stray handle must not keep the process alive.
    setTimeout(() => process.exit(code), 1000).unref();
  },
  (error: unknown) => {
    process.stderr.write(
      `faros-ce-sandbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
