import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FarosRef, type FarosRow, type FarosValue } from '../../models/faros-row.js';
import { type CeTable, ceTables, convert, fixture, sharedReference } from '../converter-test-kit.js';
import { GITHUB_CONVERTERS } from './index.js';

const CE_DIR = fileURLToPath(sharedReference('faros-ce/'));
const haveSchema = existsSync(`${CE_DIR}schema.json`) && existsSync(`${CE_DIR}dashboard-usage.json`);
if (!haveSchema)
  console.warn(`skipping the Faros CE column checks: ${CE_DIR} lacks schema.json or dashboard-usage.json`);

/** Every problem with one value of `column` in `table`: unknown, generated, or a reference of the wrong shape. */
function valueProblems(tables: Map<string, CeTable>, table: CeTable, column: string, value: FarosValue): string[] {
  const where = `${table.name}.${column}`;
  const spec = table.columns.find((c) => c.name === column);
  if (spec === undefined) return [`${where} does not exist`];
  if (!spec.writable || ['id', 'origin', 'refreshedAt'].includes(column)) return [`${where} is not ours to write`];
  if (value === null) return [];
  if (!(value instanceof FarosRef))
    return spec.foreign_key ? [`${where} must be a reference to ${spec.foreign_key}`] : [];
  if (spec.foreign_key !== value.model) return [`${where} references ${value.model}, not ${spec.foreign_key}`];
  return keyProblems(tables, value.model, value.key);
}

/** Problems of a natural key: exactly the table's key columns, each value valid. */
function keyProblems(tables: Map<string, CeTable>, model: string, key: Readonly<Record<string, FarosValue>>): string[] {
  const table = tables.get(model);
  if (table === undefined) return [`table ${model} does not exist`];
  const problems: string[] = [];
  if ([...Object.keys(key)].sort().join() !== [...table.natural_key].sort().join()) {
    problems.push(`${model} key ${Object.keys(key).join()} is not its natural key ${table.natural_key.join()}`);
  }
  for (const [column, value] of Object.entries(key)) problems.push(...valueProblems(tables, table, column, value));
  return problems;
}

function rowProblems(tables: Map<string, CeTable>, row: FarosRow): string[] {
  const table = tables.get(row.model);
  if (table === undefined) return [`table ${row.model} does not exist`];
  if (row.referenceOnly === true) return keyProblems(tables, row.model, row.values);
  const problems = table.natural_key
    .filter((column) => row.values[column] === undefined || row.values[column] === null)
    .map((column) => `${row.model} row lacks key column ${column}`);
  for (const [column, value] of Object.entries(row.values))
    problems.push(...valueProblems(tables, table, column, value));
  return problems;
}

const allRows = (): FarosRow[] =>
  GITHUB_CONVERTERS.flatMap((converter) =>
    fixture('github', converter.stream).flatMap((record) => convert(converter, record)),
  );

// Dashboard columns of tables GitHub rows land in that GitHub has nothing for: Jira's estimates, sprints,
// priorities and status history, and the changelog-derived task fields.
const NOT_FROM_GITHUB: ReadonlySet<string> = new Set([
  'tms_Task.points',
  'tms_Task.priority',
  'tms_Task.sprint',
  'tms_Task.statusChangelog',
  'tms_TaskAssignment.assignedAt',
]);

describe.skipIf(!haveSchema)('GitHub rows against the Faros CE schema', () => {
  it('write only columns CE has, with references and keys shaped as CE keys them', () => {
    const tables = ceTables();
    expect(allRows().flatMap((row) => rowProblems(tables, row))).toEqual([]);
  });

  it('own only models CE has', () => {
    const tables = ceTables();
    const owned = GITHUB_CONVERTERS.flatMap((c) => c.ownedModels);
    expect(owned.filter((model) => !tables.has(model))).toEqual([]);
  });

  it('fill every column a dashboard card reads on the tables they own', () => {
    const tables = ceTables();
    const usage = JSON.parse(readFileSync(`${CE_DIR}dashboard-usage.json`, 'utf8')) as {
      by_table: Record<string, Record<string, unknown>>;
    };
    const rows = allRows().filter((row) => row.referenceOnly !== true);
    const filled = new Set(
      rows.flatMap((row) =>
        Object.entries(row.values)
          .filter(([, value]) => value !== null)
          .map(([column]) => `${row.model}.${column}`),
      ),
    );
    const unfilled: string[] = [];
    const checked: string[] = [];
    for (const model of new Set(rows.map((row) => row.model))) {
      const table = tables.get(model);
      for (const column of Object.keys(usage.by_table[model] ?? {})) {
        if (['id', 'origin', 'refreshedAt'].includes(column) || NOT_FROM_GITHUB.has(`${model}.${column}`)) continue;
        // A generated column (`statusCategory`) is filled through the column it reads (`status`).
        const generated = table?.columns.find((c) => c.name === column)?.generated_expression;
        const base = generated?.match(/"?([A-Za-z]+)"?\s*->/)?.[1] ?? column;
        checked.push(`${model}.${column}`);
        if (!filled.has(`${model}.${base}`)) unfilled.push(`${model}.${column}`);
      }
    }
    expect(unfilled).toEqual([]);
    // The columns the DORA, PR and build cards key on were among those checked.
    expect(checked).toEqual(
      expect.arrayContaining([
        'vcs_PullRequest.mergeCommit',
        'vcs_PullRequest.linesAdded',
        'vcs_PullRequestReview.state',
        'cicd_Build.statusCategory',
        'cicd_Deployment.envCategory',
        'cicd_Deployment.statusCategory',
        'vcs_Organization.source',
        'tms_Task.statusDetail',
      ]),
    );
  });
});
