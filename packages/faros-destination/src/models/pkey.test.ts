import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { farosModel } from './faros-ce-models.js';
import { ref } from './faros-row.js';
import { jsonbText, rowId } from './pkey.js';

const examplesPath = fileURLToPath(
  new URL('../../../../../shared/reference/faros-ce/id-examples.json', import.meta.url),
);
const haveExamples = existsSync(examplesPath);
if (!haveExamples) console.warn(`pkey: ${examplesPath} is missing (a user's clone), so the id examples are skipped`);

interface Example {
  readonly case: string;
  readonly sql: string;
  readonly ok: boolean;
  readonly result: { readonly id?: string } | null;
}

// Splits `insert into "T"(a, "b") values ('x', 42, null)` into the table and its column values.
function parseInsert(sql: string): { table: string; values: Record<string, string | number | null> } | undefined {
  const match = /^insert into "(\w+)"\((.*?)\) values \((.*?)\) (?:returning|on conflict)/.exec(sql);
  if (!match) return undefined;
  const columns = (match[2] as string).split(',').map((c) => c.trim().replaceAll('"', ''));
  const literals = [...(match[3] as string).matchAll(/'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(null)/g)].map((m) =>
    m[1] !== undefined ? m[1].replaceAll("''", "'") : m[2] !== undefined ? Number(m[2]) : null,
  );
  return { table: match[1] as string, values: Object.fromEntries(columns.map((c, i) => [c, literals[i] ?? null])) };
}

describe.skipIf(!haveExamples)('rowId against the ids real Postgres generated (id-examples.json)', () => {
  const examples: Example[] = haveExamples ? JSON.parse(readFileSync(examplesPath, 'utf8')).examples : [];
  const withIds = examples.filter((e) => e.ok && e.result?.id !== undefined && parseInsert(e.sql) !== undefined);

  it('has examples to check', () => {
    expect(withIds.length).toBeGreaterThanOrEqual(15);
  });

  it.each(withIds.map((e) => [e.case, e] as const))('%s', (_name, example) => {
    const { table, values } = parseInsert(example.sql) as NonNullable<ReturnType<typeof parseInsert>>;
    const model = farosModel(table);
    if (model === undefined) throw new Error(`no model ${table}`);
    // A jsonb literal is text in SQL; converters hand the writer the JSON value.
    const typed = Object.fromEntries(
      Object.entries(values).map(([c, v]) => [
        c,
        model.columns[c]?.type === 'jsonb' && typeof v === 'string' ? JSON.parse(v) : v,
      ]),
    );
    expect(rowId(model, typed, farosModel)).toBe(example.result?.id);
  });

  it('computes nested references from natural keys (repository of organization)', () => {
    const byCase = new Map(examples.map((e) => [e.case, e.result?.id]));
    const organization = ref('vcs_Organization', { source: 'GitHub', uid: 'faros-ai' });
    const repository = ref('vcs_Repository', { organization, uid: 'faros-community-edition' });
    const pr = farosModel('vcs_PullRequest');
    expect(rowId(pr!, { repository, uid: '42' }, farosModel)).toBe(byCase.get('vcs_PullRequest'));
    const build = ref('cicd_Build', {
      pipeline: ref('cicd_Pipeline', {
        organization: ref('cicd_Organization', { source: 'Jenkins', uid: 'jenkins.example.com' }),
        uid: 'folder/job',
      }),
      uid: '17',
    });
    expect(rowId(farosModel('cicd_Build')!, build.key, farosModel)).toBe(byCase.get('cicd_Build'));
  });
});

describe('jsonbText', () => {
  it('orders keys shorter first, then bytewise, with jsonb spacing', () => {
    expect(jsonbText({ category: 'Prod', detail: 'x', b: [1, { zz: null, a: true }] })).toBe(
      '{"b": [1, {"a": true, "zz": null}], "detail": "x", "category": "Prod"}',
    );
  });
});
