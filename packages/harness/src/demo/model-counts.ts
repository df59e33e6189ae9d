import { type FarosCeEndpoint, runSql } from '../faros-ce/faros-ce-client.js';

/** Rows of one Faros model written by one origin (`null`: key-only rows other rows point at). */
export interface ModelCount {
  readonly model: string;
  readonly origin: string | null;
  readonly count: number;
}

/** Rows per Faros model and origin, for every model with rows, sorted by model then origin. */
export async function modelCounts(endpoint: FarosCeEndpoint): Promise<ModelCount[]> {
  const tables = await runSql(
    endpoint,
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'origin' ORDER BY table_name`,
  );
  const names = tables.map((t) => String(t.table_name));
  if (names.length === 0) return [];
  const union = names
    .map(
      (n) =>
        `SELECT '${n.replace(/'/g, "''")}' AS model, origin, count(*) AS n FROM "${n.replace(/"/g, '""')}" GROUP BY origin`,
    )
    .join(' UNION ALL ');
  const rows = await runSql(endpoint, `SELECT model, origin, n FROM (${union}) counts ORDER BY model, origin`);
  return rows.map((r) => ({ model: String(r.model), origin: r.origin ?? null, count: Number(r.n) }));
}

/** Total rows of a model, optionally of one origin. */
export function countOf(counts: readonly ModelCount[], model: string, origin?: string): number {
  return counts
    .filter((c) => c.model === model && (origin === undefined || c.origin === origin))
    .reduce((n, c) => n + c.count, 0);
}
