import type { ReadonlyTable } from './table.js';
import { GITHUB_ENTITIES, type World } from './world-types.js';

const JIRA_TABLES = [
  'users',
  'statuses',
  'issueTypes',
  'priorities',
  'resolutions',
  'fields',
  'projects',
  'boards',
  'sprints',
  'versions',
  'issues',
] as const;
const JENKINS_TABLES = ['jobs', 'builds'] as const;

function rows<D, K extends keyof D>(data: D, names: readonly K[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of names) out[String(name)] = [...(data[name] as ReadonlyTable<unknown>).values()];
  return out;
}

/**
 * Every entity of a world as plain data, table by table in table order, with the clock (for
 * deep-equality checks in tests: two worlds hold the same data exactly when their snapshots are equal).
 */
export function snapshotWorld(world: World): Record<string, unknown> {
  return {
    now: world.clock.now(),
    github: rows(world.github, GITHUB_ENTITIES),
    jira: rows(world.jira, JIRA_TABLES),
    jenkins: rows(world.jenkins, JENKINS_TABLES),
  };
}
