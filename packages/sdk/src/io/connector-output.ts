import type { SecretMasker } from '../config/secret-masker.js';
import type { AirbyteLogMessage } from '../protocol/generated.js';
import { logMessage, type Message } from '../protocol/messages.js';
import { serializeMessage } from '../protocol/serialize.js';
import { maskMessage } from './mask-message.js';
import type { MessageWriter } from './message-writer.js';

/** Log levels, lowest first. */
export type LogLevel = AirbyteLogMessage['level'];

/** Writes LOG messages; `debug` lines only when the connector runs with `--debug`. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

/**
 * What a connector's `check`, `streams` and `open` receive: a logger, and the masker that hides
 * secrets in every line the connector prints (register secrets obtained at run time, e.g. an
 * OAuth access token, with `masker.add`).
 */
export interface ConnectorContext extends Logger {
  readonly masker: SecretMasker;
}

/**
 * The only way a connector writes to stdout. Records and states go out as they are; every other
 * message (LOG, TRACE, CONNECTION_STATUS) passes through the secret masker first.
 */
export class ConnectorOutput implements ConnectorContext {
  constructor(
    readonly writer: MessageWriter,
    readonly masker: SecretMasker,
    readonly debugEnabled = false,
  ) {}

  /** Writes a message; await the result when it is a promise (backpressure). */
  emit(message: Message): Promise<void> | undefined {
    if (message.type === 'RECORD' || message.type === 'STATE' || message.type === 'CONTROL') {
      return this.writer.write(message);
    }
    return this.writer.writeLine(serializeMessage(maskMessage(message, this.masker)));
  }

  /** Writes a pre-serialized RECORD line (the hot path). */
  emitRecordLine(line: string): Promise<void> | undefined {
    return this.writer.writeLine(line);
  }

  log(level: LogLevel, message: string, error?: unknown): void {
    if (level === 'DEBUG' && !this.debugEnabled) return;
    const stack = error instanceof Error ? error.stack : undefined;
    const pending = this.emit(
      logMessage(level, error instanceof Error ? `${message}: ${error.message}` : message, stack),
    );
    // Logging is fire-and-forget; a sink failure still surfaces on the next awaited write or flush,
    // instead of crashing the process as an unhandled rejection here.
    pending?.catch(() => undefined);
  }

  debug(message: string): void {
    this.log('DEBUG', message);
  }

  info(message: string): void {
    this.log('INFO', message);
  }

  warn(message: string, error?: unknown): void {
    this.log('WARN', message, error);
  }

  error(message: string, error?: unknown): void {
    this.log('ERROR', message, error);
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }
}
