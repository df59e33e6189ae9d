import type { FarosCeTable } from './farosCeTable.js';
import { cicdTables } from './tables/cicdTables.js';
import { computeTables } from './tables/computeTables.js';
import { farosTables } from './tables/farosTables.js';
import { imsTables } from './tables/imsTables.js';
import { qaTables } from './tables/qaTables.js';
import { surveyTables } from './tables/surveyTables.js';
import { tmsTables } from './tables/tmsTables.js';
import { vcsTables } from './tables/vcsTables.js';

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
