// Helpers for the converters' tests (only tests import this file): a context, row collection and
// lookup, the fixtures of `test/fixtures/<source>/`, and the Faros CE schema reference.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FarosRef, type FarosRow, type FarosValue } from '../models/faros-row.js';
import type { Converter, ConverterContext, ConverterSettings, SourceType } from './converter.js';

/** A converter context with empty shared facts, collecting warnings. */
export function testContext(
  settings: ConverterSettings = {},
  streamName = 'test__converters__stream',
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

/** Every row `converter` makes of `record` (with a fresh context unless one is given). */
export function convert(
  converter: Converter,
  record: unknown,
  context = testContext({}, `test__${converter.source}__${converter.stream}`),
): FarosRow[] {
  return [...converter.convert(record as Readonly<Record<string, unknown>>, context)];
}

/** Rows of one model. */
export function rowsOf(rows: readonly FarosRow[], model: string): FarosRow[] {
  return rows.filter((r) => r.model === model);
}

/** The rows of `model` the stream owns (not key-only references). */
export function ownedRows(rows: readonly FarosRow[], model: string): FarosRow[] {
  return rowsOf(rows, model).filter((r) => r.referenceOnly !== true);
}

/** The key-only rows of `model`. */
export function referenceRows(rows: readonly FarosRow[], model: string): FarosRow[] {
  return rowsOf(rows, model).filter((r) => r.referenceOnly === true);
}

/** The single owned (not reference-only) row of `model`; throws when there is not exactly one. */
export function onlyRow(rows: readonly FarosRow[], model: string): FarosRow {
  const found = ownedRows(rows, model);
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
export function fixture(source: SourceType, stream: string): Record<string, unknown>[] {
  const text = readFileSync(fixtureUrl(source, stream), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);

/** The URL of a fixture file. */
export function fixtureUrl(source: SourceType, stream: string): URL {
  return new URL(`${source}/${stream}.jsonl`, FIXTURES);
}

/** The folder of a source's fixtures, as a path ending in `/`. */
export function fixtureDir(source: SourceType): string {
  return fileURLToPath(new URL(`${source}/`, FIXTURES));
}

/** `../shared/reference/<path>` of the repository, resolved from this file. */
export function sharedReference(path: string): URL {
  return new URL(`../../../../../shared/reference/${path}`, import.meta.url);
}

/** A table of the Faros CE schema reference. */
export interface CeTable {
  readonly name: string;
  readonly natural_key: readonly string[];
  readonly columns: readonly {
    readonly name: string;
    readonly writable: boolean;
    readonly foreign_key?: string;
    readonly generated_expression?: string;
  }[];
}

/** Tables of the Faros CE schema reference, by name. */
export function ceTables(): Map<string, CeTable> {
  const schema = JSON.parse(readFileSync(sharedReference('faros-ce/schema.json'), 'utf8')) as { tables: CeTable[] };
  return new Map(schema.tables.map((t) => [t.name, t]));
}

/** Problems with rows against the CE schema: unknown models, unknown or generated columns. */
export function columnProblems(rows: readonly FarosRow[], tables: Map<string, CeTable>): string[] {
  const problems = new Set<string>();
  for (const r of rows) {
    const table = tables.get(r.model);
    if (table === undefined) {
      problems.add(`${r.model}: no such table`);
      continue;
    }
    for (const column of Object.keys(r.values)) {
      const c = table.columns.find((x) => x.name === column);
      if (c === undefined) problems.add(`${r.model}.${column}: no such column`);
      else if (!c.writable || ['id', 'origin', 'refreshedAt'].includes(column))
        problems.add(`${r.model}.${column}: not ours to write`);
    }
  }
  return [...problems];
}

/**
 * Dashboard-read columns of `models` that no owned row fills with a non-null value. A generated
 * column (`statusCategory`) counts as filled when the column it is computed from (`status`) is.
 */
export function unfilledDashboardColumns(
  rows: readonly FarosRow[],
  models: readonly string[],
  tables: Map<string, CeTable>,
): string[] {
  const usage = JSON.parse(readFileSync(sharedReference('faros-ce/dashboard-usage.json'), 'utf8')) as {
    by_table: Record<string, Record<string, unknown>>;
  };
  const missing: string[] = [];
  for (const model of models) {
    const owned = rows.filter((r) => r.model === model && r.referenceOnly !== true);
    for (const column of Object.keys(usage.by_table[model] ?? {})) {
      if (['id', 'origin', 'refreshedAt'].includes(column)) continue;
      const generated = tables.get(model)?.columns.find((c) => c.name === column)?.generated_expression;
      const source = generated === undefined ? column : (/^\(?"?(\w+)"?\s*->>/.exec(generated)?.[1] ?? column);
      const filled = owned.some((r) => r.values[source] !== undefined && r.values[source] !== null);
      if (!filled) missing.push(`${model}.${column}`);
    }
  }
  return missing;
}
