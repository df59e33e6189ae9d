import type { JenkinsBuild, JenkinsJob, JenkinsResult } from './jenkins-types.js';
import { jenkinsBuildShape, jenkinsJobShape } from './key-shapes.js';
import type { Mutable } from './mutable.js';
import { Sequence } from './sequence.js';
import { ScopedTable } from './table.js';
import type { JenkinsData } from './world-types.js';

/** A build still running, with its planned end and result. */
export interface PendingBuild {
  readonly build: Mutable<JenkinsBuild>;
  readonly endsAt: number;
  readonly result: JenkinsResult;
}

/** The Jenkins controller's storage and generator state; the world's `jenkins` data. */
export class JenkinsStore implements JenkinsData {
  readonly jobs = new ScopedTable<Mutable<JenkinsJob>>(jenkinsJobShape, { groupOf: (j) => j.parent ?? '' });
  readonly builds = new ScopedTable<Mutable<JenkinsBuild>>(jenkinsBuildShape, { groupOf: (b) => b.job });
  /** Running builds by key, in start order. */
  readonly pending = new Map<string, PendingBuild>();
  /** Typical build duration per job full name (ms). */
  readonly typicalDuration = new Map<string, number>();
  readonly queueIds = new Sequence(1_000);
}
