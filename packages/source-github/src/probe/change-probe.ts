import type { Logger } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import { AliasGraphqlError, type GqlError } from '../graphql/aliased-answer.js';
import type { GqlPage } from '../graphql/repo-batch.js';
import { REPOSITORIES_PER_QUERY } from '../graphql/repo-batch-stream.js';
import type { RepositoryResolver, SelectedRepository } from '../repos/repository-resolver.js';
import { probeQuery, type SharedConnection, sharedAlias } from './probe-query.js';
import { type ChangeKind, fingerprintsOf, type ProbedRepository, type RepoFingerprints } from './repo-fingerprints.js';

/**
 * Repositories per probe call: aliases of one query. GitHub prices it at 5 connections x 50 repositories
 * = 250 requests / 100, about 3 points of the hourly 5,000 (2 before deployments were probed). With
 * shared pages, a call has the snapshot streams' size ({@link REPOSITORIES_PER_QUERY}).
 */
export const PROBE_BATCH = 50;

/**
 * Items (users, tags) of shared pages the probe holds for streams that have not taken them yet: about
 * 10 MB at most. Once reached, later batches are probed without them and those streams read their own.
 */
export const SHARED_ITEMS_HELD = 20_000;

/** A shared first page as a stream takes it: the page, null (GitHub answered none), or its part's error. */
export type SharedPage = GqlPage | null | Error;

interface ProbeAnswer {
  readonly data?: Record<string, (ProbedRepository & Record<string, unknown>) | null> | null;
  readonly errors?: readonly GqlError[];
}

/** What the probe learnt of one repository. */
interface ProbedPart {
  /** Undefined when the probe could not vouch for the repository (its part of the answer failed). */
  readonly prints: RepoFingerprints | undefined;
  /** First pages of the shared connections, by stream, until each stream takes its own. */
  readonly pages: Map<string, SharedPage>;
}

/**
 * Tells streams whether a repository changed since their last complete read: one GraphQL query for
 * up to {@link PROBE_BATCH} selected repositories (aliases), asked once per run, on first use, and
 * shared by every stream. A repository the probe could not see (error, missing alias) has no
 * fingerprints, so streams read it as they would without a probe.
 *
 * Snapshot streams (assignees, collaborators, tags) {@link share} their connection: when the catalog
 * selects them, the same query carries each repository's first page of it, so a sync makes one
 * GraphQL call per batch of repositories for all of them instead of one per stream.
 */
export class ChangeProbe {
  private answer: Promise<ReadonlyMap<string, ProbedPart>> | undefined;
  private readonly shared = new Map<string, string>();
  private held = 0;

  constructor(
    private readonly octokit: GithubOctokit,
    private readonly resolver: RepositoryResolver,
    private readonly apiUrl: string,
    private readonly logger: Logger,
  ) {}

  /** Asks the probe to carry `stream`'s first page of `connection` on each repository, when it is selected. */
  share(stream: string, connection: string): void {
    this.shared.set(stream, connection);
  }

  /**
   * The repository's fingerprint for one kind of change, or undefined when the probe cannot vouch for
   * it. `selected`: the streams of this read (the first call of a run decides what the probe carries).
   */
  async fingerprint(
    repo: SelectedRepository,
    kind: ChangeKind,
    selected: ReadonlySet<string>,
  ): Promise<string | undefined> {
    return (await this.probed(selected)).get(repo.fullName)?.prints?.[kind];
  }

  /**
   * Hands over, once, `stream`'s first page on `repo` that came with the probe; undefined when none
   * did (not shared, not selected, over the budget, or the probe failed): the stream reads it itself.
   */
  async takePage(
    repo: SelectedRepository,
    stream: string,
    selected: ReadonlySet<string>,
  ): Promise<SharedPage | undefined> {
    // A stream that does not share its pages must not make the probe run for it.
    if (!this.shared.has(stream) || !selected.has(stream)) return undefined;
    const part = (await this.probed(selected)).get(repo.fullName);
    const page = part?.pages.get(stream);
    if (page === undefined) return undefined;
    part?.pages.delete(stream);
    this.held -= itemsOf(page);
    return page;
  }

  private probed(selected: ReadonlySet<string>): Promise<ReadonlyMap<string, ProbedPart>> {
    this.answer ??= this.probeAll(selected);
    return this.answer;
  }

  private async probeAll(selected: ReadonlySet<string>): Promise<ReadonlyMap<string, ProbedPart>> {
    const shared: SharedConnection[] = [...this.shared]
      .filter(([stream]) => selected.has(stream))
      .map(([stream, connection]) => ({ stream, connection }));
    const out = new Map<string, ProbedPart>();
    // The selection's own failure is the streams' to report (their slices ask it too); here it means no fingerprints.
    const repositories = await this.resolver.resolve().then(
      (selection) => selection.repositories,
      () => [],
    );
    for (let i = 0; i < repositories.length; ) {
      const withPages = shared.length > 0 && this.held < SHARED_ITEMS_HELD;
      const batch = repositories.slice(i, i + (withPages ? REPOSITORIES_PER_QUERY : PROBE_BATCH));
      i += batch.length;
      for (const [fullName, part] of await this.probeOrWarn(batch, withPages ? shared : [])) out.set(fullName, part);
    }
    return out;
  }

  /**
   * One batch's parts. A query carrying shared pages that fails as a whole is asked again without
   * them, so that the pages (which their streams then read themselves) never cost the fingerprints.
   */
  private async probeOrWarn(
    batch: readonly SelectedRepository[],
    shared: readonly SharedConnection[],
  ): Promise<Map<string, ProbedPart>> {
    const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
    try {
      return await this.probe(batch, shared);
    } catch (error) {
      if (shared.length > 0) {
        this.logger.warn(
          `change probe with the snapshot streams' pages failed (${reason(error)}); probing without them`,
        );
        return this.probeOrWarn(batch, []);
      }
      this.logger.warn(
        `change probe failed for ${batch.length} repositories (${reason(error)}); they are read in full`,
      );
      return new Map();
    }
  }

  private async probe(
    batch: readonly SelectedRepository[],
    shared: readonly SharedConnection[],
  ): Promise<Map<string, ProbedPart>> {
    const { query, variables } = probeQuery(batch, shared);
    // Through `request`, not `graphql`: the answer's `Date` header dates the fingerprints, and an
    // alias GitHub could not resolve (NOT_FOUND) must not cost the others.
    const response = await this.octokit.request('POST /graphql', {
      baseUrl: graphqlBaseOf(this.apiUrl),
      query,
      variables,
    });
    const body = response.data as ProbeAnswer;
    // GraphQL reports a refused query (e.g. over a resource limit) as errors without data.
    if (!body.data) {
      throw new Error((body.errors ?? []).map((e) => e.message ?? e.type).join('; ') || 'GraphQL answered no data');
    }
    const date = response.headers.date ? Date.parse(response.headers.date) : Number.NaN;
    const serverTime = Number.isNaN(date) ? undefined : date;
    const sharedAliases = new Set(shared.map((s) => sharedAlias(s.stream)));
    const out = new Map<string, ProbedPart>();
    batch.forEach((repo, i) => {
      const node = body.data?.[`r${i}`];
      const own = (body.errors ?? []).filter((e) => e.path?.[0] === `r${i}`);
      // An error under a shared page is that stream's alone; any other leaves the fingerprints out.
      const repoErrors = own.filter((e) => !sharedAliases.has(String(e.path?.[1])));
      const part: ProbedPart = {
        prints: node && repoErrors.length === 0 ? fingerprintsOf(node, serverTime) : undefined,
        pages: new Map(),
      };
      for (const { stream } of shared) {
        const alias = sharedAlias(stream);
        const pageErrors = own.filter((e) => e.path?.[1] === alias);
        let page: SharedPage | undefined;
        if (pageErrors.length > 0) page = new AliasGraphqlError(pageErrors);
        else if (node) page = (node[alias] as GqlPage | null | undefined) ?? null;
        // A repository GitHub could not resolve: the stream reports it as its own query would.
        else if (repoErrors.length > 0) page = new AliasGraphqlError(repoErrors);
        if (page === undefined) continue;
        part.pages.set(stream, page);
        this.held += itemsOf(page);
      }
      out.set(repo.fullName, part);
    });
    return out;
  }
}

/** Items a held page costs: its nodes or edges. */
function itemsOf(page: SharedPage): number {
  if (page === null || page instanceof Error) return 0;
  const list = page.nodes ?? page.edges;
  return Array.isArray(list) ? list.length : 0;
}

/** Where GraphQL lives: `https://api.github.com/graphql`, or `https://HOST/api/graphql` for `https://HOST/api/v3`. */
export function graphqlBaseOf(apiUrl: string): string {
  return apiUrl.replace(/\/api\/v3$/, '/api');
}
