import type { Message } from './messages.js';

/**
 * One message as one line of JSON, without the newline. JSON.stringify escapes every control
 * character inside strings, so the result never spans two lines.
 */
export function serializeMessage(message: Message): string {
  return JSON.stringify(message);
}
