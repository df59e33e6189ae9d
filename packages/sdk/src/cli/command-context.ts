import { secretValuesOf } from '../config/spec-secrets.js';
import { validateConfig } from '../config/validate-config.js';
import { type AirbyteError, stackOf, toAirbyteError } from '../errors/airbyte-error.js';
import type { ConnectorOutput } from '../io/connector-output.js';
import type { ConnectorSpecification } from '../protocol/generated.js';
import { errorTraceMessage } from '../protocol/messages.js';
import { readJsonFile } from './read-json-file.js';

/** What every command handler gets. */
export interface CommandContext {
  readonly output: ConnectorOutput;
  /** Input lines for `write`. */
  readonly stdin: AsyncIterable<Buffer | string> | undefined;
  readonly validateRecords: boolean;
}

/**
 * Reads and validates `--config`: its secrets are registered with the masker before anything can
 * print them, then defaults are applied and the spec's rules checked.
 */
export async function loadConfig<C>(path: string, spec: ConnectorSpecification, output: ConnectorOutput): Promise<C> {
  const raw = await readJsonFile(path, 'config');
  const schema = spec.connectionSpecification;
  for (const secret of secretValuesOf(schema, raw)) output.masker.add(secret);
  return validateConfig<C>(schema, raw);
}

/**
 * Reports a failure as a TRACE ERROR. A bug (`system_error` without a message of our own) keeps
 * its stack in `internal_message`. Returns the exit code: 1.
 */
export async function reportFailure(output: ConnectorOutput, error: unknown): Promise<number> {
  const failure: AirbyteError = toAirbyteError(error);
  const stack = stackOf(failure.cause ?? failure);
  const internal =
    failure.failureType === 'system_error' ? (stack ?? failure.internalMessage) : failure.internalMessage;
  await output.emit(
    errorTraceMessage({
      message: failure.message,
      failureType: failure.failureType,
      internalMessage: internal,
      stackTrace: failure.failureType === 'system_error' ? stack : undefined,
      stream: failure.stream,
    }),
  );
  return 1;
}
