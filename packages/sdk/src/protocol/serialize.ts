import type { Message } from './messages.js';

// JSON.stringify leaves U+2028 and U+2029 raw; some readers (JavaScript's own line splitting,
// Python's str.splitlines) treat them as line breaks, so they are escaped too.
const UNICODE_LINE_BREAKS = /[\u2028\u2029]/g;

/**
 * One message as one line of JSON, without the newline. JSON.stringify escapes every control
 * character inside strings (\n, \r included) and U+2028/U+2029 are escaped here, so the result
 * never spans two lines.
 */
export function serializeMessage(message: Message): string {
  const line = JSON.stringify(message);
  // includes() on a one-byte (Latin-1) string returns at once for these two-byte characters.
  if (!line.includes('\u2028') && !line.includes('\u2029')) return line;
  return line.replace(UNICODE_LINE_BREAKS, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}
