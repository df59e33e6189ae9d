import type { SecretMasker } from '../config/secret-masker.js';
import type { Message } from '../protocol/messages.js';

// The protocol's free-text fields (LOG, TRACE error, CONNECTION_STATUS). Everything else in a message
// is an enum, a name or a number the platform reads, which masking must never rewrite.
const TEXT_FIELDS = new Set(['message', 'internal_message', 'stack_trace']);

/**
 * A copy of a message with the secrets hidden in its free-text fields. Masking the serialized line
 * instead would let a short secret (`"e"`, `"type"`) rewrite the JSON or the enums around it.
 */
export function maskMessage(message: Message, masker: SecretMasker): Message {
  return maskText(message, masker, false) as Message;
}

function maskText(value: unknown, masker: SecretMasker, isText: boolean): unknown {
  if (typeof value === 'string') return isText ? masker.mask(value) : value;
  if (Array.isArray(value)) return value.map((item) => maskText(item, masker, isText));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = maskText(item, masker, TEXT_FIELDS.has(key));
  return out;
}
