import type { JenkinsClient } from './client/jenkins-client.js';
import type { JobFilter } from './client/job-filter.js';
import type { SharedWalk } from './client/shared-walk.js';

/** What the streams share for one sync: the client and the config, resolved. */
export interface JenkinsContext {
  readonly client: JenkinsClient;
  /** The Jenkins base URL with a trailing slash: every record's `server`. */
  readonly server: string;
  readonly filter: JobFilter;
  /** Folder levels to descend; undefined: all. */
  readonly depth: number | undefined;
  readonly pageSize: number;
  /** Newest builds per job read on the first sync; undefined: all. */
  readonly maxBuildsPerJob: number | undefined;
  /** Builds scheduled before this epoch ms are not read; undefined: no limit. */
  readonly startMs: number | undefined;
  /** The folder walk both streams of this sync share. */
  readonly walk: SharedWalk;
}
