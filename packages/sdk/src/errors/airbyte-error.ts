import type { FailureType, StreamDescriptor } from '../protocol/generated.js';

const BRAND = Symbol.for('@faros-ce/sdk.AirbyteError');

/** Options for {@link AirbyteError}. */
export interface AirbyteErrorOptions {
  /** Who must act: the user (`config_error`), nobody but a retry (`transient_error`), or us (`system_error`). */
  failureType: FailureType;
  /** Detail for maintainers, shown as the trace's `internal_message`. */
  internalMessage?: string;
  /** The stream the error belongs to, when known. */
  stream?: StreamDescriptor;
  /** The error that caused this one. */
  cause?: unknown;
}

/**
 * An error that knows its Airbyte failure type. The runtime turns it into a TRACE ERROR message
 * (or, in `check`, a FAILED connection status) with a message the user can act on.
 */
export class AirbyteError extends Error {
  /**
   * True for any AirbyteError, also one made by another copy of the SDK (a connector that bundles
   * its own), where `instanceof` would say no.
   */
  static is(value: unknown): value is AirbyteError {
    return (
      value instanceof AirbyteError || (value instanceof Error && (value as { [BRAND]?: unknown })[BRAND] === true)
    );
  }

  readonly [BRAND] = true;
  readonly failureType: FailureType;
  readonly internalMessage: string | undefined;
  readonly stream: StreamDescriptor | undefined;

  constructor(message: string, options: AirbyteErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AirbyteError';
    this.failureType = options.failureType;
    this.internalMessage = options.internalMessage;
    this.stream = options.stream;
  }
}

/** A problem the user fixes in the config, catalog or state they gave: `config_error`. */
export function configError(message: string, options: Omit<AirbyteErrorOptions, 'failureType'> = {}): AirbyteError {
  return new AirbyteError(message, { ...options, failureType: 'config_error' });
}

/** A problem a later attempt may not have (network, rate limits, 5xx): `transient_error`. */
export function transientError(message: string, options: Omit<AirbyteErrorOptions, 'failureType'> = {}): AirbyteError {
  return new AirbyteError(message, { ...options, failureType: 'transient_error' });
}

/** A bug or an unexpected answer: `system_error`. */
export function systemError(message: string, options: Omit<AirbyteErrorOptions, 'failureType'> = {}): AirbyteError {
  return new AirbyteError(message, { ...options, failureType: 'system_error' });
}

/** Any thrown value as an {@link AirbyteError}; unknown errors are bugs, so they become `system_error`. */
export function toAirbyteError(error: unknown, stream?: StreamDescriptor): AirbyteError {
  if (AirbyteError.is(error)) {
    return error.stream || !stream
      ? error
      : new AirbyteError(error.message, {
          failureType: error.failureType,
          internalMessage: error.internalMessage,
          stream,
          cause: error.cause,
        });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AirbyteError(message || 'unexpected error', {
    failureType: 'system_error',
    internalMessage: error instanceof Error ? `${error.name}: ${error.message}` : undefined,
    stream,
    cause: error,
  });
}

/** The stack of an error and of its causes, for a trace's `stack_trace`. */
export function stackOf(error: unknown): string | undefined {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    parts.push(current.stack ?? `${current.name}: ${current.message}`);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join('\nCaused by: ') : undefined;
}
