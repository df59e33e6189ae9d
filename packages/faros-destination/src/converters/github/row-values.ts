import type { FarosValue } from '../../models/faros-row.js';

/**
 * The columns whose value is known: undefined entries are dropped, so a field the record lacks leaves the
 * column alone in the database instead of overwriting it. Null stays: it says the source has no value.
 */
export function knownValues(values: Readonly<Record<string, FarosValue | undefined>>): Record<string, FarosValue> {
  const known: Record<string, FarosValue> = {};
  for (const [column, value] of Object.entries(values)) {
    if (value !== undefined) known[column] = value;
  }
  return known;
}
