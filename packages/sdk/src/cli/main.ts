import { SecretMasker } from '../config/secret-masker.js';
import type { Destination } from '../destination/destination.js';
import { stackOf, toAirbyteError } from '../errors/airbyte-error.js';
import { maskMessage } from '../io/mask-message.js';
import { installOutputGuards } from '../io/output-guards.js';
import { errorTraceMessage } from '../protocol/messages.js';
import { serializeMessage } from '../protocol/serialize.js';
import type { Source } from '../source/source.js';
import { runConnector } from './run-connector.js';

/**
 * The entry point of a connector's program: guards stdout (stray console output goes to stderr,
 * masked), runs the command from `process.argv`, and sets the exit code once everything is written.
 * An error thrown outside any handler still becomes a `system_error` trace and exit code 1.
 *
 * @example
 * #!/usr/bin/env node
 * import { main } from '@faros-ce/sdk';
 * import { MySource } from './index.js';
 * await main(new MySource());
 */
export async function main<C>(connector: Source<C> | Destination<C>): Promise<void> {
  const masker = new SecretMasker();
  const guards = installOutputGuards(masker);
  const crash = (error: unknown): void => {
    const failure = toAirbyteError(error);
    const line = serializeMessage(
      maskMessage(
        errorTraceMessage({
          message: `Unexpected error: ${failure.message}`,
          failureType: 'system_error',
          internalMessage: stackOf(error),
          stackTrace: stackOf(error),
        }),
        masker,
      ),
    );
    guards.stdout.write(`${line}\n`, () => process.exit(1));
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  const code = await runConnector(connector, { stdout: guards.stdout, masker });
  process.exitCode = code;
  // Output is flushed; an idle keep-alive socket or a forgotten timer must not keep the process
  // (and so the platform's sync) waiting.
  setTimeout(() => process.exit(code), 500).unref();
}
