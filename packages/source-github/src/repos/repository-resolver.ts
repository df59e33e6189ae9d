import type { Logger } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import { isMissing } from '../client/request-status.js';
import type { GithubConfig } from '../generated/config.js';

/** A repository the config selects, as GitHub listed it. */
export interface SelectedRepository {
  readonly owner: string;
  readonly name: string;
  /** `owner/name`, as GitHub spells it. */
  readonly fullName: string;
  readonly defaultBranch: string | undefined;
  /** The repository object GitHub returned (list or get). */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** What the config's `repositories` patterns select. */
export interface RepositorySelection {
  readonly repositories: readonly SelectedRepository[];
  /** Owners that are organisations (per-organisation streams read these). */
  readonly organizations: readonly string[];
  /** One message per pattern that selected nothing, naming it. */
  readonly problems: readonly string[];
}

type RawRepo = Record<string, unknown> & { name: string; full_name: string; owner?: { login?: string; type?: string } };

/**
 * Expands the `repositories` patterns (`owner/repo`, `owner/*`, `owner/prefix*`) once per run: owner
 * listings are read once, whatever number of patterns use them, and every stream shares the result.
 */
export class RepositoryResolver {
  private selection: Promise<RepositorySelection> | undefined;
  private readonly listings = new Map<string, Promise<{ repos: RawRepo[]; isOrg: boolean } | undefined>>();

  constructor(
    private readonly octokit: GithubOctokit,
    private readonly config: GithubConfig,
    private readonly logger: Logger,
  ) {}

  /** The selection (read on first call). */
  resolve(): Promise<RepositorySelection> {
    this.selection ??= this.select();
    return this.selection;
  }

  private async select(): Promise<RepositorySelection> {
    const byName = new Map<string, SelectedRepository>();
    const organizations = new Set<string>();
    const problems: string[] = [];
    for (const pattern of this.config.repositories) {
      const [owner = '', namePattern = ''] = pattern.split('/');
      const found = namePattern.endsWith('*')
        ? await this.matching(owner, namePattern.slice(0, -1), organizations)
        : await this.single(owner, namePattern, organizations);
      if (found.length === 0) {
        problems.push(
          namePattern.endsWith('*')
            ? `Repository pattern ${pattern} matches no repository these credentials can see`
            : `Repository ${pattern} was not found, or these credentials cannot see it`,
        );
      }
      for (const repo of found) byName.set(repo.fullName.toLowerCase(), repo);
    }
    for (const problem of problems) this.logger.warn(problem);
    return { repositories: [...byName.values()], organizations: [...organizations], problems };
  }

  private async matching(owner: string, prefix: string, organizations: Set<string>): Promise<SelectedRepository[]> {
    const listing = await this.listing(owner);
    if (!listing) return [];
    if (listing.isOrg) organizations.add(listing.repos[0]?.owner?.login ?? owner);
    const lower = prefix.toLowerCase();
    return listing.repos.filter((r) => r.name.toLowerCase().startsWith(lower)).map(selected);
  }

  private async single(owner: string, name: string, organizations: Set<string>): Promise<SelectedRepository[]> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner, repo: name });
      const raw = data as unknown as RawRepo;
      if (raw.owner?.type === 'Organization' && raw.owner.login) organizations.add(raw.owner.login);
      return [selected(raw)];
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  private listing(owner: string): Promise<{ repos: RawRepo[]; isOrg: boolean } | undefined> {
    const key = owner.toLowerCase();
    let listing = this.listings.get(key);
    if (!listing) {
      listing = this.list(owner);
      this.listings.set(key, listing);
    }
    return listing;
  }

  private async list(owner: string): Promise<{ repos: RawRepo[]; isOrg: boolean } | undefined> {
    const perPage = this.config.page_size ?? 100;
    try {
      const repos = await this.octokit.paginate('GET /orgs/{org}/repos', {
        org: owner,
        type: 'all',
        per_page: perPage,
      });
      return { repos: repos as unknown as RawRepo[], isOrg: true };
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    try {
      const repos = await this.octokit.paginate('GET /users/{username}/repos', {
        username: owner,
        type: 'owner',
        per_page: perPage,
      });
      return { repos: repos as unknown as RawRepo[], isOrg: false };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }
}

function selected(raw: RawRepo): SelectedRepository {
  const [owner = '', name = ''] = raw.full_name.split('/');
  return {
    owner,
    name,
    fullName: raw.full_name,
    defaultBranch: typeof raw.default_branch === 'string' ? raw.default_branch : undefined,
    raw,
  };
}
