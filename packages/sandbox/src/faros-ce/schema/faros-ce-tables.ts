import type { FarosCeTable } from './faros-ce-table.js';
import { cicdTables } from './tables/cicd-tables.js';
import { computeTables } from './tables/compute-tables.js';
import { farosTables } from './tables/faros-tables.js';
import { imsTables } from './tables/ims-tables.js';
import { qaTables } from './tables/qa-tables.js';
import { surveyTables } from './tables/survey-tables.js';
import { tmsTables } from './tables/tms-tables.js';
import { vcsTables } from './tables/vcs-tables.js';

/**
 * Every table of the Faros CE schema we define (all 86 CE tables), grouped by namespace and sorted by
 * name within one. Use `farosCeSchemaSql` for the order in which they can be created.
 */
export const farosCeTables: readonly FarosCeTable[] = [
  ...cicdTables,
  ...computeTables,
  ...farosTables,
  ...imsTables,
  ...qaTables,
  ...surveyTables,
  ...tmsTables,
  ...vcsTables,
];

const byName = new Map(farosCeTables.map((t) => [t.name, t]));

/** The definition of table `name` (e.g. `vcs_PullRequest`), or `undefined` if we don't define it. */
export function findFarosCeTable(name: string): FarosCeTable | undefined {
  return byName.get(name);
}
