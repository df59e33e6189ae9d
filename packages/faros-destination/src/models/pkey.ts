import type { FarosModel } from './faros-ce-models.js';
import { FarosRef, type FarosValue, type JsonValue } from './faros-row.js';

/** Looks up a model by name; the id of a reference needs its target's key. */
export type ModelLookup = (name: string) => FarosModel | undefined;

/**
 * The `id` Faros CE generates for a row of `model` with these key values: CE's `pkey` joins the natural
 * key's parts with `|`, a null part as the empty string. A reference part is the parent's own id, a jsonb
 * part Postgres's text form of the value, a computed epoch part the epoch milliseconds of the timestamp.
 *
 * @throws Error naming the model when a reference targets a model `models` does not know.
 */
export function rowId(model: FarosModel, values: Readonly<Record<string, FarosValue>>, models: ModelLookup): string {
  const parts: string[] = [];
  for (const part of model.key) {
    const value = values[part.column];
    if (value === null || value === undefined) {
      parts.push('');
    } else if (value instanceof FarosRef) {
      parts.push(refId(value, models));
    } else if (part.kind === 'jsonb') {
      parts.push(jsonbText(value));
    } else if (part.kind === 'epochMillis') {
      parts.push(String(Math.trunc(new Date(value as string).getTime())));
    } else {
      parts.push(typeof value === 'object' ? jsonbText(value) : String(value));
    }
  }
  return parts.join('|');
}

/** The id of the row a reference points at. */
export function refId(ref: FarosRef, models: ModelLookup): string {
  const target = models(ref.model);
  if (target === undefined) throw new Error(`a reference points at ${ref.model}, which Faros CE does not have`);
  return rowId(target, ref.key, models);
}

/**
 * Postgres's `jsonb::text`: object keys ordered by length, then bytewise, `": "` and `", "` separators.
 */
export function jsonbText(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => jsonbText(v)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, JsonValue>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => a.length - b.length || Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${jsonbText(v)}`).join(', ')}}`;
}
