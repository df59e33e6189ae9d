import type { Logger } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import type { GithubConfig } from '../generated/config.js';
import type { ChangeProbe } from '../probe/change-probe.js';
import type { RepositoryResolver } from '../repos/repository-resolver.js';

/** What every stream of one run shares: the client, the repository selection, the config. */
export interface GithubContext {
  readonly octokit: GithubOctokit;
  readonly resolver: RepositoryResolver;
  readonly config: GithubConfig;
  /** REST API root without a trailing slash (for the URLs GraphQL records synthesise). */
  readonly apiUrl: string;
  readonly logger: Logger;
  /** Which repositories changed since a stream's last complete read (one lazy GraphQL probe per run). */
  readonly changes: ChangeProbe;
}

/** A record as streams build them. */
export type GithubRecord = Record<string, unknown>;

/** Items per page from the config (GitHub's maximum is 100). */
export function pageSizeOf(config: GithubConfig): number {
  return config.page_size ?? 100;
}

/** The later of the saved cursor and the configured start date: read nothing older. */
export function lowerBound(bookmark: unknown, config: GithubConfig): string | undefined {
  const saved = typeof bookmark === 'string' && bookmark !== '' ? bookmark : undefined;
  const start = config.start_date;
  if (saved === undefined) return start;
  if (start === undefined) return saved;
  return Date.parse(saved) >= Date.parse(start) ? saved : start;
}
