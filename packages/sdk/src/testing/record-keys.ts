import { createHash } from 'node:crypto';
import { valueAt } from '../source/stream.js';

/**
 * The identity of a record within its stream: its primary key values as JSON when the stream has
 * a primary key, else a hash of the whole record (key order ignored). Small enough to keep one per
 * record of a large read.
 */
export function recordIdentity(
  data: Record<string, unknown>,
  primaryKey: readonly (readonly string[])[] | undefined,
): string {
  if (primaryKey && primaryKey.length > 0) return JSON.stringify(primaryKey.map((path) => valueAt(data, path) ?? null));
  return createHash('sha256').update(canonicalJson(data)).digest('base64url');
}

/** JSON with object keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
