import type { Logger } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import type { RepositoryResolver, SelectedRepository } from '../repos/repository-resolver.js';
import {
  type ChangeKind,
  fingerprintsOf,
  PROBE_FIELDS,
  type ProbedRepository,
  type RepoFingerprints,
} from './repo-fingerprints.js';

/**
 * Repositories per probe call: aliases of one query. GitHub prices it at 5 connections x 50 repositories
 * = 250 requests / 100, about 3 points of the hourly 5,000 (2 before deployments were probed).
 */
export const PROBE_BATCH = 50;

interface ProbeAnswer {
  readonly data?: Record<string, ProbedRepository | null> | null;
  readonly errors?: readonly { readonly message?: string; readonly path?: readonly unknown[] }[];
}

/**
 * Tells streams whether a repository changed since their last complete read: one GraphQL query for
 * up to {@link PROBE_BATCH} selected repositories (aliases), asked once per run, on first use, and
 * shared by every stream. A repository the probe could not see (error, missing alias) has no
 * fingerprints, so streams read it as they would without a probe.
 */
export class ChangeProbe {
  private answer: Promise<ReadonlyMap<string, RepoFingerprints>> | undefined;

  constructor(
    private readonly octokit: GithubOctokit,
    private readonly resolver: RepositoryResolver,
    private readonly apiUrl: string,
    private readonly logger: Logger,
  ) {}

  /** The repository's fingerprint for one kind of change, or undefined when the probe cannot vouch for it. */
  async fingerprint(repo: SelectedRepository, kind: ChangeKind): Promise<string | undefined> {
    this.answer ??= this.probeAll();
    return (await this.answer).get(repo.fullName)?.[kind];
  }

  private async probeAll(): Promise<ReadonlyMap<string, RepoFingerprints>> {
    const out = new Map<string, RepoFingerprints>();
    // The selection's own failure is the streams' to report (their slices ask it too); here it means no fingerprints.
    const repositories = await this.resolver.resolve().then(
      (selection) => selection.repositories,
      () => [],
    );
    for (let i = 0; i < repositories.length; i += PROBE_BATCH) {
      const batch = repositories.slice(i, i + PROBE_BATCH);
      try {
        for (const [fullName, prints] of await this.probe(batch)) out.set(fullName, prints);
      } catch (error) {
        this.logger.warn(
          `change probe failed for ${batch.length} repositories (${error instanceof Error ? error.message : error}); they are read in full`,
        );
      }
    }
    return out;
  }

  private async probe(batch: readonly SelectedRepository[]): Promise<Map<string, RepoFingerprints>> {
    const variables: Record<string, string> = {};
    const declarations: string[] = [];
    const fields: string[] = [];
    batch.forEach((repo, i) => {
      variables[`o${i}`] = repo.owner;
      variables[`n${i}`] = repo.name;
      declarations.push(`$o${i}: String!, $n${i}: String!`);
      fields.push(`r${i}: repository(owner: $o${i}, name: $n${i}) { ...Probe }`);
    });
    const query = `query ChangeProbe(${declarations.join(', ')}) {\n  ${fields.join('\n  ')}\n}\nfragment Probe on Repository {${PROBE_FIELDS}\n}`;
    // Through `request`, not `graphql`: the answer's `Date` header dates the fingerprints, and an
    // alias GitHub could not resolve (NOT_FOUND) must not cost the others.
    const response = await this.octokit.request('POST /graphql', {
      baseUrl: graphqlBaseOf(this.apiUrl),
      query,
      variables,
    });
    const body = response.data as ProbeAnswer;
    const date = response.headers.date ? Date.parse(response.headers.date) : Number.NaN;
    const serverTime = Number.isNaN(date) ? undefined : date;
    const failed = new Set((body.errors ?? []).map((e) => String(e.path?.[0] ?? '')));
    const out = new Map<string, RepoFingerprints>();
    batch.forEach((repo, i) => {
      const node = body.data?.[`r${i}`];
      if (node && !failed.has(`r${i}`)) out.set(repo.fullName, fingerprintsOf(node, serverTime));
    });
    return out;
  }
}

/** Where GraphQL lives: `https://api.github.com/graphql`, or `https://HOST/api/graphql` for `https://HOST/api/v3`. */
export function graphqlBaseOf(apiUrl: string): string {
  return apiUrl.replace(/\/api\/v3$/, '/api');
}
