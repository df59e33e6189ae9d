// Helpers for the GitHub converters' tests (not part of the package's API).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FarosRow } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import type { RecordObject } from '../record-fields.js';

/** The folder of the GitHub fixtures, `test/fixtures/github` of this package. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../test/fixtures/github/', import.meta.url));

/** A converter context for tests, collecting warnings. */
export function testContext(stream: string): ConverterContext & { readonly warnings: string[] } {
  const warnings: string[] = [];
  return {
    origin: 'test-origin',
    streamName: `test-origin__github__${stream}`,
    settings: {},
    shared: new Map(),
    warnings,
    warn: (message: string) => warnings.push(message),
  };
}

/** Every row `converter` makes of `record`. */
export function convertRecord(converter: Converter, record: RecordObject): FarosRow[] {
  return [...converter.convert(record, testContext(converter.stream))];
}

/** The rows of `model` the stream owns (not key-only references). */
export function ownedRows(rows: readonly FarosRow[], model: string): FarosRow[] {
  return rows.filter((r) => r.model === model && r.referenceOnly !== true);
}

/** The one owned row of `model`; throws when there is none or several. */
export function onlyRow(rows: readonly FarosRow[], model: string): FarosRow {
  const found = ownedRows(rows, model);
  if (found.length !== 1) throw new Error(`expected one ${model} row, got ${found.length}`);
  return found[0] as FarosRow;
}

/** The key-only rows of `model`. */
export function referenceRows(rows: readonly FarosRow[], model: string): FarosRow[] {
  return rows.filter((r) => r.model === model && r.referenceOnly === true);
}

/** The records of `test/fixtures/github/<stream>.jsonl`. */
export function fixtureRecords(stream: string): RecordObject[] {
  return readFileSync(`${FIXTURES_DIR}${stream}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RecordObject);
}
