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

/** `../shared/reference/<path>` of the repository, resolved from this file. */
export function sharedReference(path: string): URL {
  return new URL(`../../../../../../shared/reference/${path}`, import.meta.url);
}

interface SchemaTable {
  readonly name: string;
  readonly columns: readonly {
    readonly name: string;
    readonly writable: boolean;
    readonly generated_expression?: string;
  }[];
}

/** Tables of the Faros CE schema reference, by name. */
export function ceTables(): Map<string, SchemaTable> {
  const schema = JSON.parse(readFileSync(sharedReference('faros-ce/schema.json'), 'utf8')) as { tables: SchemaTable[] };
  return new Map(schema.tables.map((t) => [t.name, t]));
}

/** Problems with rows against the CE schema: unknown models, unknown or generated columns. */
export function columnProblems(rows: readonly FarosRow[], tables: Map<string, SchemaTable>): string[] {
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
  tables: Map<string, SchemaTable>,
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
