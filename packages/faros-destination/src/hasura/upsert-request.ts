import { FAROS_CE_MODELS } from '../models/faros-ce-models.js';
import type { ResolvedRow } from './row-resolver.js';

// Models with a reference to themselves (a task's parent): a row of one may point at another row of the same
// model written in another group of the same request.
const SELF_REFERENCING: ReadonlySet<string> = new Set(
  [...FAROS_CE_MODELS.values()]
    .filter((m) => Object.values(m.columns).some((c) => c.references === m.name))
    .map((m) => m.name),
);

/** The rows of a batch merged by natural key. */
export interface MergedRow {
  readonly model: string;
  readonly id: string;
  values: Record<string, unknown>;
  referenceOnly: boolean;
  /** The key columns of a reference to this row, when the batch both references and owns it. */
  referencedAs?: Record<string, unknown>;
}

/** One `insert_<T>` of a request. */
export interface UpsertGroup {
  readonly model: string;
  readonly referenceOnly: boolean;
  readonly columns: readonly string[];
  readonly objects: Record<string, unknown>[];
}

/** A GraphQL request upserting many groups in one transaction. */
export interface UpsertRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly groups: readonly UpsertGroup[];
}

/**
 * Merges rows by natural key (model and id): columns add up, a later value wins, and a row is
 * reference-only only when every contribution was.
 */
export function mergeRows(rows: Iterable<ResolvedRow>): Map<string, MergedRow> {
  const merged = new Map<string, MergedRow>();
  for (const row of rows) {
    const key = `${row.model}\u0000${row.id}`;
    const existing = merged.get(key);
    if (existing === undefined) {
      merged.set(key, { model: row.model, id: row.id, values: { ...row.values }, referenceOnly: row.referenceOnly });
    } else if (row.referenceOnly) {
      // Key columns only: the same values the row already has.
      for (const [c, v] of Object.entries(row.values)) if (!(c in existing.values)) existing.values[c] = v;
      if (!existing.referenceOnly) existing.referencedAs ??= row.values;
    } else {
      if (existing.referenceOnly) existing.referencedAs = { ...existing.values };
      Object.assign(existing.values, row.values);
      existing.referenceOnly = false;
    }
  }
  return merged;
}

/**
 * Builds one request for merged rows: objects grouped by model, ownership and the set of columns they carry
 * (so Hasura never fills an absent column with its default), groups ordered parents first by `depths`.
 * Owned rows update what they carry plus `origin` and `refreshedAt`; reference-only rows carry their key
 * and `refreshedAt` (used only when they are new) and update nothing.
 */
export function buildUpsertRequest(
  rows: Iterable<MergedRow>,
  origin: string,
  refreshedAt: string,
  depths: ReadonlyMap<string, number>,
): UpsertRequest {
  const groups = new Map<string, UpsertGroup>();
  const add = (model: string, referenceOnly: boolean, values: Record<string, unknown>) => {
    const columns = Object.keys(values).sort();
    const key = `${model}\u0000${referenceOnly ? 'ref' : 'own'}\u0000${columns.join(',')}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { model, referenceOnly, columns, objects: [] };
      groups.set(key, group);
    }
    group.objects.push(referenceOnly ? { ...values, refreshedAt } : { ...values, origin, refreshedAt });
  };
  for (const row of rows) {
    add(row.model, row.referenceOnly, row.values);
    // Its key first, so a row of the same model in an earlier group may point at it.
    if (row.referencedAs !== undefined && SELF_REFERENCING.has(row.model)) add(row.model, true, row.referencedAs);
  }
  // Parents first; within a model, key-only rows first, so a full row may point at one of them.
  const ordered = [...groups.values()].sort(
    (a, b) =>
      (depths.get(a.model) ?? 0) - (depths.get(b.model) ?? 0) ||
      a.model.localeCompare(b.model) ||
      Number(b.referenceOnly) - Number(a.referenceOnly),
  );
  const declarations: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  ordered.forEach((group, i) => {
    declarations.push(`$o${i}: [${group.model}_insert_input!]!`);
    const update = group.referenceOnly ? [] : [...group.columns, 'origin', 'refreshedAt'];
    fields.push(
      `m${i}: insert_${group.model}(objects: $o${i}, on_conflict: {constraint: ${group.model}_pkey, update_columns: [${update.join(', ')}]}) { affected_rows }`,
    );
    variables[`o${i}`] = group.objects;
  });
  const query = ordered.length === 0 ? '' : `mutation (${declarations.join(', ')}) { ${fields.join(' ')} }`;
  return { query, variables, groups: ordered };
}
