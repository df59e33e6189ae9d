import type { ApiBuild, ApiItem } from './jenkins-types.js';

/**
 * The newest builds of a job as a folder page listed them (`builds[…]{0,asked}`), newest first.
 * Fewer than `asked` means they are all the job's builds.
 */
export interface RecentBuilds {
  readonly builds: readonly ApiBuild[];
  /** How many the page asked for. */
  readonly asked: number;
}

/** The recent builds a walked item carries, or undefined when its page did not ask for them (or it is a folder). */
export function recentBuildsOf(item: ApiItem, asked: number): RecentBuilds | undefined {
  if (asked <= 0 || !Array.isArray(item.builds) || Array.isArray(item.jobs)) return undefined;
  const builds = item.builds
    .filter((b): b is ApiBuild => typeof b?.number === 'number')
    .sort((a, b) => b.number - a.number);
  return { builds, asked };
}
