import type { GithubOctokit } from '../client/github-client.js';
import type { GithubContext } from '../streams/github-context.js';
import { AliasGraphqlError, aliasedAnswer } from './aliased-answer.js';
import type { GqlConnection } from './pull-request-pages.js';
import { type GqlSimpleUser, SIMPLE_USER_FIELDS } from './simple-user.js';

/**
 * Organisations per query. Each asks 100 members, 100 teams and 100 members of each team: 10,200
 * nodes, so 10 stay far under half of GitHub's 500,000-node limit.
 */
export const ORGANIZATIONS_PER_QUERY = 10;

/** A GraphQL connection page with its `pageInfo`. */
export type GqlEdgePage<E> = Omit<GqlConnection<never>, 'nodes'> & { readonly edges: readonly E[] };

/** An organisation member with its role (`ADMIN` for owners). */
export interface GqlOrgMemberEdge {
  readonly role: string;
  readonly node: GqlSimpleUser;
}

/** A team member with its team role. */
export interface GqlTeamMemberEdge {
  readonly role: 'MAINTAINER' | 'MEMBER';
  readonly node: GqlSimpleUser;
}

/** A team with its first page of members. */
export interface GqlTeam {
  readonly id: string;
  readonly databaseId: number | null;
  readonly slug: string;
  readonly members: GqlEdgePage<GqlTeamMemberEdge>;
}

/** The first page of an organisation's members and of its teams (each with its first page of members). */
export interface OrgFirstPage {
  readonly databaseId: number | null;
  readonly membersWithRole: GqlEdgePage<GqlOrgMemberEdge>;
  readonly teams: GqlConnection<GqlTeam>;
}

export const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
/** The selection of an organisation's `membersWithRole` page: REST's simple-user plus the role. */
export const ORG_MEMBERS = `${PAGE_INFO} edges { role node { ${SIMPLE_USER_FIELDS} } }`;
// REST's team member list "will include the members of child teams": GraphQL's `membership: ALL`.
/** A team's `members` connection (first 100, `after` a variable or none) with roles. */
export function teamMembersConnection(after?: string): string {
  const from = after ? `, after: ${after}` : '';
  return `members(first: 100${from}, membership: ALL) { ${PAGE_INFO} edges { role node { ${SIMPLE_USER_FIELDS} } } }`;
}
/** An organisation's `teams` connection (first 100, `after` a variable or none), each with its first members. */
export function teamsConnection(after?: string): string {
  const from = after ? `, after: ${after}` : '';
  return `teams(first: 100${from}) { ${PAGE_INFO} nodes { id databaseId slug ${teamMembersConnection()} } }`;
}

/**
 * The first pages of several organisations in one GraphQL query (`o0: organization(login:) {…}`, one
 * alias per organisation), run when the first organisation asks. `users`, `team_members` and
 * `team_memberships` share it; each reads the later pages it needs itself, so a run holds one first
 * page per organisation and no more. An organisation whose part failed (NOT_FOUND, FORBIDDEN) gets
 * that error alone; an error of the whole query reaches them all.
 */
class OrgBatch {
  private answer: Promise<Map<string, OrgFirstPage | Error>> | undefined;

  constructor(
    private readonly octokit: GithubOctokit,
    readonly orgs: readonly string[],
  ) {}

  async page(org: string): Promise<OrgFirstPage> {
    this.answer ??= this.query();
    const page = (await this.answer).get(org);
    if (page instanceof Error) throw page;
    if (!page) throw new AliasGraphqlError([{ type: 'NOT_FOUND', message: `No organization ${org}` }]);
    return page;
  }

  private async query(): Promise<Map<string, OrgFirstPage | Error>> {
    const params = this.orgs.map((_, i) => `$l${i}: String!`).join(', ');
    const parts = this.orgs.map(
      (_, i) =>
        `o${i}: organization(login: $l${i}) { databaseId membersWithRole(first: 100) { ${ORG_MEMBERS} } ${teamsConnection()} }`,
    );
    const variables = Object.fromEntries(this.orgs.map((org, i) => [`l${i}`, org]));
    const query = `query OrgBatch(${params}) {\n  ${parts.join('\n  ')}\n}`;
    const aliases = this.orgs.map((_, i) => `o${i}`);
    const answer = await aliasedAnswer(this.octokit, query, variables, aliases);
    const pages = new Map<string, OrgFirstPage | Error>();
    this.orgs.forEach((org, i) => {
      const part = answer.get(`o${i}`) as OrgFirstPage | Error | null;
      if (part) pages.set(org, part);
    });
    return pages;
  }
}

const batches = new WeakMap<GithubContext, Promise<Map<string, OrgBatch>>>();

/** The selected organisations in groups of {@link ORGANIZATIONS_PER_QUERY}, each group one batch. */
async function batchesOf(gh: GithubContext): Promise<Map<string, OrgBatch>> {
  const { organizations } = await gh.resolver.resolve();
  const byOrg = new Map<string, OrgBatch>();
  for (let start = 0; start < organizations.length; start += ORGANIZATIONS_PER_QUERY) {
    const batch = new OrgBatch(gh.octokit, organizations.slice(start, start + ORGANIZATIONS_PER_QUERY));
    for (const org of batch.orgs) byOrg.set(org, batch);
  }
  return byOrg;
}

/**
 * The first page of `org`'s members and teams, from the query its group of organisations shares
 * (one call per {@link ORGANIZATIONS_PER_QUERY} organisations per run). A rejection (NOT_FOUND,
 * FORBIDDEN) is shared too, so each stream skips the organisation with its own warning.
 */
export async function orgFirstPage(gh: GithubContext, org: string): Promise<OrgFirstPage> {
  let pending = batches.get(gh);
  if (!pending) {
    pending = batchesOf(gh);
    batches.set(gh, pending);
  }
  const byOrg = await pending;
  let batch = byOrg.get(org);
  if (!batch) {
    // Not in the selection (a hand-built slice): its own batch.
    batch = new OrgBatch(gh.octokit, [org]);
    byOrg.set(org, batch);
  }
  return batch.page(org);
}
