import { fieldError } from '../record-fields.js';

// Jira writes times as `2022-05-17T04:26:21.613-0700` (offset without colon), agile times as
// `…Z`, and version dates as `2021-02-18`. `Date.parse` is only specified for ECMAScript's own
// format, so every shape is rewritten into it first.
const TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Epoch milliseconds of a Jira time or date string, or of a number already in epoch ms. Times
 * without an offset are read as UTC. Throws an `Error` naming `path` when the value is not a time.
 */
export function jiraEpochMs(value: string | number, path: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw fieldError(path, `not a time: ${value}`);
  }
  const m = TIME.exec(value.trim());
  if (m === null) throw fieldError(path, `not a time: ${JSON.stringify(value)}`);
  const [, date, hh = '00', mm = '00', ss = '00', frac = '', offset = 'Z'] = m;
  const ms = frac.padEnd(3, '0').slice(0, 3);
  const zone = offset.toUpperCase() === 'Z' ? 'Z' : normalizeOffset(offset);
  const parsed = Date.parse(`${date}T${hh}:${mm}:${ss}.${ms}${zone}`);
  if (Number.isNaN(parsed)) throw fieldError(path, `not a time: ${JSON.stringify(value)}`);
  return parsed;
}

/** The ISO 8601 UTC form of a Jira time (what a `timestamptz` column is given). */
export function jiraIsoTime(value: string | number, path: string): string {
  return new Date(jiraEpochMs(value, path)).toISOString();
}

function normalizeOffset(offset: string): string {
  const digits = offset.slice(1).replace(':', '');
  const hours = digits.slice(0, 2);
  const minutes = digits.slice(2, 4).padEnd(2, '0');
  return `${offset[0]}${hours}:${minutes}`;
}
