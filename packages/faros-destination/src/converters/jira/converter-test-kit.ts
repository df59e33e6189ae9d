// Test helpers for the Jira and Jenkins converter tests: a context, row collection and lookup,
// and the fixtures. Only tests import this file.
import { readFileSync } from 'node:fs';
import { FarosRef, type FarosRow, type FarosValue } from '../../models/faros-row.js';
import type { Converter, ConverterContext, ConverterSettings } from '../converter.js';

/** A converter context with empty shared facts, collecting warnings. */
export function testContext(
  settings: ConverterSettings = {},
  streamName = 'test__jira__stream',
): ConverterContext & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    origin: 'test',
    streamName,
    settings,
    shared: new Map(),
    warnings,
    warn: (m: string) => void warnings.push(m),
  };
}

/** Every row `converter` makes of `record`. */
export function convert(converter: Converter, record: unknown, context = testContext()): FarosRow[] {
  return [...converter.convert(record as Readonly<Record<string, unknown>>, context)];
}

/** Rows of one model. */
export function rowsOf(rows: readonly FarosRow[], model: string): FarosRow[] {
  return rows.filter((r) => r.model === model);
}

/** The single owned (not reference-only) row of `model`; throws when there is not exactly one. */
export function onlyRow(rows: readonly FarosRow[], model: string): FarosRow {
  const found = rowsOf(rows, model).filter((r) => r.referenceOnly !== true);
  if (found.length !== 1) throw new Error(`expected one ${model} row, got ${found.length}`);
  return found[0] as FarosRow;
}

/** A value as plain JSON, references turned into `{model: key}` objects, for deep equality. */
export function plain(value: FarosValue | undefined): unknown {
  if (value instanceof FarosRef) {
    return { [value.model]: Object.fromEntries(Object.entries(value.key).map(([k, v]) => [k, plain(v)])) };
  }
  return value;
}

/** The records of `test/fixtures/<source>/<stream>.jsonl`. */
export function fixture(source: 'jira' | 'jenkins', stream: string): Record<string, unknown>[] {
  const text = readFileSync(fixtureUrl(source, stream), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The URL of a fixture file. */
export function fixtureUrl(source: 'jira' | 'jenkins', stream: string): URL {
  return new URL(`../../../test/fixtures/${source}/${stream}.jsonl`, import.meta.url);
}
