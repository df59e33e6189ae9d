#!/usr/bin/env node
// Generates src/demo/generated/dashboard-usage.ts from ../shared/reference/faros-ce/dashboard-usage.json
// (at the repository's parent; users' clones lack it, so the facts the demo needs ship in the package):
// per Faros CE dashboard, the tables it reads and, per table, the columns its cards read. A native SQL
// card with SELECT * counts only the columns its SQL names. test/dashboard-usage.test.ts fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const usagePath =
  process.argv.find((a) => a.endsWith('.json')) ?? here('../../../../shared/reference/faros-ce/dashboard-usage.json');
const outPath = here('../src/demo/generated/dashboard-usage.ts');

/** Dashboards as data: `[{name, tables: {table: [columns]}}]`, names and columns sorted. */
export function buildDashboards(usage) {
  return usage.dashboards
    .map((dashboard) => {
      const tables = {};
      for (const card of dashboard.cards) {
        for (const table of card.tables ?? []) tables[table] ??= new Set();
        const columns = card.kind === 'native' && card.select_star ? card.columns_named_in_sql : card.columns;
        for (const [table, names] of Object.entries(columns ?? {})) {
          tables[table] ??= new Set();
          for (const name of names) tables[table].add(name);
        }
      }
      const sorted = Object.fromEntries(
        Object.keys(tables)
          .sort()
          .map((t) => [t, [...tables[t]].sort()]),
      );
      return { name: dashboard.name, cards: dashboard.cards.length, tables: sorted };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The generated module's text. */
export function render(usage) {
  const data = JSON.stringify(buildDashboards(usage), null, 2);
  return `/* Generated from dashboard-usage.json (${usage.repo}@${usage.commit.slice(0, 12)}) by scripts/generate-dashboard-usage.mjs. Do not edit: run \`npm run generate:dashboards\`. */

/** A Faros CE dashboard: its name, how many cards it has, and the columns its cards read per table. */
export interface DashboardUsage {
  readonly name: string;
  readonly cards: number;
  readonly tables: Readonly<Record<string, readonly string[]>>;
}

/** Every dashboard Faros CE ships, with the tables and columns it reads. */
export const DASHBOARD_USAGE: readonly DashboardUsage[] = ${data};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(outPath, render(JSON.parse(readFileSync(usagePath, 'utf8'))));
}
