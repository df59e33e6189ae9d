import type { ReadonlyTable } from './table.js';
import type { World } from './world-types.js';

/**
 * Every entity of a world as plain data, table by table in table order (for deep-equality checks
 * in tests: two worlds are equal exactly when their snapshots are).
 */
export function snapshotWorld(world: World): Record<string, unknown> {
  const tables = (data: object): Record<string, unknown[]> => {
    const out: Record<string, unknown[]> = {};
    for (const [name, table] of Object.entries(data)) {
      if (typeof (table as ReadonlyTable<unknown>).values === 'function')
        out[name] = [...(table as ReadonlyTable<unknown>).values()];
    }
    return out;
  };
  return {
    now: world.clock.now(),
    github: tables(world.github),
    jira: tables(world.jira),
    jenkins: tables(world.jenkins),
  };
}
