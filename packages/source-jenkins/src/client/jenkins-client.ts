import { defaultClassifier, type ErrorClassifier, type HttpClient } from '@faros-ce/sdk';
import type { ApiBuild, ApiItem } from './jenkins-types.js';
import { jobPath } from './job-path.js';
import { BUILD_FIELDS, itemFields, ranged } from './tree-fields.js';

// A job or folder deleted while the sync runs answers 404: the caller reports it and goes on.
const notFoundIsNoData: ErrorClassifier = (outcome, context) =>
  outcome.kind === 'response' && outcome.response.status === 404
    ? { action: 'ignore' }
    : defaultClassifier(outcome, context);

/** What the controller's root answered. */
export interface ControllerInfo {
  /** The `X-Jenkins` header: the version, or undefined when the server is not Jenkins. */
  readonly version: string | undefined;
  /** Whether the credentials see at least one item. */
  readonly hasItems: boolean;
}

/**
 * The Jenkins JSON API calls the source makes, all `tree=` queries with `{M,N}` ranges. Items are
 * addressed by their names (top level first), never by the URLs Jenkins prints, which follow its
 * configured root URL rather than the one the source reaches it at.
 */
export class JenkinsClient {
  constructor(private readonly http: HttpClient) {}

  /** The controller's root: proves the URL and the credentials (401/403 fail as config errors). */
  async controller(signal?: AbortSignal): Promise<ControllerInfo> {
    const response = await this.http.get<{ jobs?: unknown[] }>('api/json', {
      params: { tree: 'jobs[name]{0,1}' },
      signal,
    });
    const jobs = typeof response.data === 'object' && response.data !== null ? response.data.jobs : undefined;
    return { version: response.headers['x-jenkins'], hasItems: Array.isArray(jobs) && jobs.length > 0 };
  }

  /**
   * Items `[from, to)` of a folder (no names: the controller), or undefined when the folder is gone.
   * Each folder among them comes with its first `nested[0]` items (`jobs`), each of those with its
   * first `nested[1]`, and so on (see `itemFields`); with `recent` > 0, each job at every level with
   * its `recent` newest builds (`builds`).
   */
  async items(
    folder: readonly string[],
    from: number,
    to: number,
    options: { readonly signal?: AbortSignal; readonly nested?: readonly number[]; readonly recent?: number } = {},
  ): Promise<ApiItem[] | undefined> {
    const { signal, nested = [], recent = 0 } = options;
    const fields = itemFields(recent, nested);
    const data = await this.getJson<{ jobs?: ApiItem[] }>(folder, ranged('jobs', fields, from, to), signal);
    return data === undefined ? undefined : (data.jobs ?? []);
  }

  /** Builds `[from, to)` of a job, newest first, or undefined when the job is gone. */
  async builds(
    job: readonly string[],
    from: number,
    to: number,
    signal?: AbortSignal,
  ): Promise<ApiBuild[] | undefined> {
    const data = await this.getJson<{ allBuilds?: ApiBuild[] }>(
      job,
      ranged('allBuilds', BUILD_FIELDS, from, to),
      signal,
    );
    return data === undefined ? undefined : (data.allBuilds ?? []).filter((b) => typeof b?.number === 'number');
  }

  private async getJson<T>(names: readonly string[], tree: string, signal?: AbortSignal): Promise<T | undefined> {
    const response = await this.http.get<T>(`${jobPath(names)}api/json`, {
      params: { tree },
      signal,
      classify: notFoundIsNoData,
    });
    if (response.ignored) return undefined;
    return typeof response.data === 'object' && response.data !== null ? response.data : ({} as T);
  }
}
