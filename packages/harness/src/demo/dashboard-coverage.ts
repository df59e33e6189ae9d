import { type FarosCeEndpoint, runSql } from '../faros-ce/faros-ce-client.js';
import { DASHBOARD_USAGE, type DashboardUsage } from './generated/dashboard-usage.js';

/** How filled one table a dashboard reads is: its rows, and the columns it reads that hold no value. */
export interface TableFill {
  readonly table: string;
  /** Rows in the table (0 when Faros CE has no such table). */
  readonly rows: number;
  /** Columns the dashboard reads, all of them (`id` included). */
  readonly columns: readonly string[];
  /** Those that are NULL in every row (every one when the table is empty). */
  readonly emptyColumns: readonly string[];
  /** True when Faros CE has no such table. */
  readonly missing?: true;
}

/** `filled`: every table has rows and every column read a value; `empty`: no table has a row. */
export type DashboardStatus = 'filled' | 'partly filled' | 'empty';

/** One dashboard's coverage. */
export interface DashboardCoverage {
  readonly dashboard: string;
  readonly status: DashboardStatus;
  /** Columns read that hold a value, of all the columns read. */
  readonly filledColumns: number;
  readonly columns: number;
  readonly tables: readonly TableFill[];
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Row count and non-null count per column, for every table any of the dashboards reads. */
async function tableFills(
  endpoint: FarosCeEndpoint,
  dashboards: readonly DashboardUsage[],
): Promise<Map<string, { rows: number; filled: Map<string, number> } | undefined>> {
  const wanted = new Map<string, Set<string>>();
  for (const d of dashboards) {
    for (const [table, columns] of Object.entries(d.tables)) {
      const set = wanted.get(table) ?? new Set<string>();
      for (const c of columns) set.add(c);
      wanted.set(table, set);
    }
  }
  const existing = await runSql(
    endpoint,
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const known = new Map<string, Set<string>>();
  for (const r of existing) {
    const t = String(r.table_name);
    known.set(t, (known.get(t) ?? new Set()).add(String(r.column_name)));
  }
  const fills = new Map<string, { rows: number; filled: Map<string, number> } | undefined>();
  for (const [table, columns] of wanted) {
    const have = known.get(table);
    if (!have) {
      fills.set(table, undefined);
      continue;
    }
    const present = [...columns].filter((c) => have.has(c));
    const selects = ['count(*) AS "__rows"', ...present.map((c, i) => `count(${quote(c)}) AS "c${i}"`)];
    const [row] = await runSql(endpoint, `SELECT ${selects.join(', ')} FROM ${quote(table)}`);
    const filled = new Map(present.map((c, i) => [c, Number(row?.[`c${i}`] ?? 0)]));
    fills.set(table, { rows: Number(row?.__rows ?? 0), filled });
  }
  return fills;
}

/**
 * Per Faros CE dashboard: whether the tables and columns its cards read hold data in this Faros CE.
 * A column counts as filled when at least one row has a value in it.
 */
export async function dashboardCoverage(
  endpoint: FarosCeEndpoint,
  dashboards: readonly DashboardUsage[] = DASHBOARD_USAGE,
): Promise<DashboardCoverage[]> {
  const fills = await tableFills(endpoint, dashboards);
  return dashboards.map((d) => {
    const tables: TableFill[] = Object.entries(d.tables).map(([table, columns]) => {
      const fill = fills.get(table);
      if (!fill) return { table, rows: 0, columns, emptyColumns: [...columns], missing: true };
      return { table, rows: fill.rows, columns, emptyColumns: columns.filter((c) => !(fill.filled.get(c) ?? 0)) };
    });
    const columns = tables.reduce((n, t) => n + t.columns.length, 0);
    const filledColumns = tables.reduce((n, t) => n + t.columns.length - t.emptyColumns.length, 0);
    const allFilled = tables.every((t) => t.rows > 0 && t.emptyColumns.length === 0);
    const status: DashboardStatus = allFilled ? 'filled' : tables.some((t) => t.rows > 0) ? 'partly filled' : 'empty';
    return { dashboard: d.name, status, filledColumns, columns, tables };
  });
}
