import type { Message } from './messages.js';
import { validateEnvelope } from './validate.js';

/** Why a line is not an Airbyte message, and which line it was. */
export class ProtocolError extends Error {
  readonly lineNumber: number | undefined;
  readonly reason: string;

  constructor(reason: string, lineNumber?: number) {
    super(lineNumber === undefined ? reason : `line ${lineNumber}: ${reason}`);
    this.name = 'ProtocolError';
    this.reason = reason;
    this.lineNumber = lineNumber;
  }
}

/** Result of {@link parseMessage}: a typed message, or the error saying what is wrong. */
export type ParseResult = { ok: true; message: Message } | { ok: false; error: ProtocolError };

/**
 * Parses one line of Airbyte protocol output. Unknown fields are kept as they are, so a
 * message serialized again carries them along (the platform's state `id`, for one).
 */
export function parseMessage(line: string, lineNumber?: number): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: new ProtocolError(`not valid JSON (${detail})`, lineNumber) };
  }
  const problem = validateEnvelope(value);
  if (problem !== undefined) return { ok: false, error: new ProtocolError(problem, lineNumber) };
  return { ok: true, message: value as Message };
}

/** Like {@link parseMessage}, but throws the {@link ProtocolError}. */
export function parseMessageOrThrow(line: string, lineNumber?: number): Message {
  const result = parseMessage(line, lineNumber);
  if (!result.ok) throw result.error;
  return result.message;
}
