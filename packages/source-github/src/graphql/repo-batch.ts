import type { GithubOctokit } from '../client/github-client.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { aliasedAnswer } from './aliased-answer.js';

/** One page of a repository connection as batched queries select it (`pageInfo` plus the stream's selection). */
export type GqlPage = {
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
} & Record<string, unknown>;

/**
 * A group of repositories whose first page of one connection is read in a single GraphQL query
 * (`r0: repository(owner:, name:) { c: <connection> }`, one alias per repository). The query runs
 * when the first repository asks for its page; each page is handed out once and then dropped, so a
 * batch holds at most one page per repository of the batch. A repository whose part of the answer
 * failed (NOT_FOUND, FORBIDDEN) gets that error alone; an error of the whole query reaches them all.
 */
export class RepoBatch {
  private answer: Promise<Map<string, GqlPage | Error>> | undefined;

  constructor(
    private readonly octokit: GithubOctokit,
    readonly repositories: readonly SelectedRepository[],
    /**
     * The connection with its arguments and selection, e.g. `assignableUsers(first: 100) { pageInfo {…} nodes {…} }`,
     * or one per repository (e.g. each with its own order).
     */
    private readonly connection: string | ((repo: SelectedRepository) => string),
  ) {}

  /** The first page of `repo`'s connection (null when GitHub answered none), or its error. */
  async take(repo: SelectedRepository): Promise<GqlPage | null> {
    this.answer ??= this.query();
    const pages = await this.answer;
    const page = pages.get(repo.fullName);
    pages.delete(repo.fullName);
    if (page instanceof Error) throw page;
    return page ?? null;
  }

  private async query(): Promise<Map<string, GqlPage | Error>> {
    const params = this.repositories.map((_, i) => `$o${i}: String!, $n${i}: String!`).join(', ');
    const connectionOf = this.connection;
    const parts = this.repositories.map(
      (repo, i) =>
        `r${i}: repository(owner: $o${i}, name: $n${i}) { c: ${typeof connectionOf === 'string' ? connectionOf : connectionOf(repo)} }`,
    );
    const variables: Record<string, string> = {};
    this.repositories.forEach((repo, i) => {
      variables[`o${i}`] = repo.owner;
      variables[`n${i}`] = repo.name;
    });
    const query = `query RepoBatch(${params}) {\n  ${parts.join('\n  ')}\n}`;
    const aliases = this.repositories.map((_, i) => `r${i}`);
    const answer = await aliasedAnswer(this.octokit, query, variables, aliases);
    const pages = new Map<string, GqlPage | Error>();
    this.repositories.forEach((repo, i) => {
      const part = answer.get(`r${i}`) as { c?: GqlPage | null } | Error | null;
      if (part instanceof Error) pages.set(repo.fullName, part);
      else if (part?.c) pages.set(repo.fullName, part.c);
    });
    return pages;
  }
}

/**
 * The page after `after` of one repository's connection (a repository with more than a page of
 * assignees, collaborators or tags: one call per further page).
 */
export async function nextPage(
  octokit: GithubOctokit,
  repo: SelectedRepository,
  connectionWithAfter: string,
  after: string,
): Promise<GqlPage | null> {
  const query = `query RepoConnection($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) { c: ${connectionWithAfter} }
}`;
  const data = await octokit.graphql<{ repository: { c?: GqlPage | null } | null }>(query, {
    owner: repo.owner,
    name: repo.name,
    after,
  });
  return data.repository?.c ?? null;
}
