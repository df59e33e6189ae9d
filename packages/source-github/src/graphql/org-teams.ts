import type { GithubContext, GithubRecord } from '../streams/github-context.js';
import type { GqlConnection } from './pull-request-pages.js';
import { type GqlSimpleUser, SIMPLE_USER_FIELDS, simpleUserRecord } from './simple-user.js';

/** A member of a team, with the REST membership `role`. */
export interface TeamMember {
  readonly user: GithubRecord;
  readonly role: 'maintainer' | 'member';
}

/** A team of an organisation with all its members. */
export interface OrgTeam {
  readonly slug: string;
  readonly id: number | null;
  readonly members: readonly TeamMember[];
}

/** An organisation's teams with their members, from one GraphQL query (more only past 100 teams or members). */
export interface OrgTeams {
  readonly org: string;
  readonly orgId: number | null;
  readonly teams: readonly OrgTeam[];
}

interface GqlMemberEdge {
  readonly role: 'MAINTAINER' | 'MEMBER';
  readonly node: GqlSimpleUser;
}

interface GqlTeam {
  readonly id: string;
  readonly databaseId: number | null;
  readonly slug: string;
  readonly members: MemberConnection;
}

type MemberConnection = Omit<GqlConnection<never>, 'nodes'> & { readonly edges: readonly GqlMemberEdge[] };
type OwnerConnection = Omit<GqlConnection<never>, 'nodes'> & {
  readonly edges: readonly { readonly role: string; readonly node: { readonly login: string } }[];
};

const PAGE = 'pageInfo { hasNextPage endCursor }';
// REST's team member list "will include the members of child teams": GraphQL's `membership: ALL`.
const MEMBERS = `${PAGE} edges { role node { ${SIMPLE_USER_FIELDS} } }`;
const OWNERS = `${PAGE} edges { role node { login } }`;

const TEAMS_QUERY = `query OrgTeams($org: String!, $after: String, $withOwners: Boolean!) {
  organization(login: $org) {
    databaseId
    membersWithRole(first: 100) @include(if: $withOwners) { ${OWNERS} }
    teams(first: 100, after: $after) {
      ${PAGE}
      nodes { id databaseId slug members(first: 100, membership: ALL) { ${MEMBERS} } }
    }
  }
}`;

const MORE_MEMBERS_QUERY = `query TeamMembers($id: ID!, $after: String) {
  node(id: $id) { ... on Team { members(first: 100, after: $after, membership: ALL) { ${MEMBERS} } } }
}`;

const MORE_OWNERS_QUERY = `query OrgOwners($org: String!, $after: String) {
  organization(login: $org) { membersWithRole(first: 100, after: $after) { ${OWNERS} } }
}`;

const cache = new WeakMap<GithubContext, Map<string, Promise<OrgTeams>>>();

/**
 * An organisation's teams and members, read once per run and shared by `team_members` and
 * `team_memberships` (a rejection, e.g. NOT_FOUND or FORBIDDEN, is shared too, so each stream skips
 * the organisation with its own warning).
 */
export function orgTeams(gh: GithubContext, org: string): Promise<OrgTeams> {
  let perOrg = cache.get(gh);
  if (!perOrg) {
    perOrg = new Map();
    cache.set(gh, perOrg);
  }
  let teams = perOrg.get(org);
  if (!teams) {
    teams = readOrgTeams(gh, org);
    perOrg.set(org, teams);
  }
  return teams;
}

async function readOrgTeams(gh: GithubContext, org: string): Promise<OrgTeams> {
  const teams: OrgTeam[] = [];
  let owners: Set<string> | undefined;
  let orgId: number | null = null;
  let after: string | null = null;
  do {
    type Answer = {
      organization: {
        databaseId: number | null;
        membersWithRole?: OwnerConnection;
        teams: GqlConnection<GqlTeam>;
      } | null;
    };
    const data: Answer = await gh.octokit.graphql<Answer>(TEAMS_QUERY, {
      org,
      after,
      withOwners: owners === undefined,
    });
    const organization = data.organization;
    if (!organization) break;
    orgId = organization.databaseId;
    if (owners === undefined && organization.membersWithRole) {
      owners = await ownersOf(gh, org, organization.membersWithRole);
    }
    for (const team of organization.teams.nodes) {
      const edges = await allMembers(gh, team);
      const members = edges.map((edge) => ({
        user: simpleUserRecord(edge.node, gh.apiUrl),
        // GitHub's docs: "The `role` for organization owners is set to `maintainer`."
        role:
          edge.role === 'MAINTAINER' || owners?.has(edge.node.login) ? ('maintainer' as const) : ('member' as const),
      }));
      teams.push({ slug: team.slug, id: team.databaseId, members });
    }
    const page = organization.teams.pageInfo;
    after = page?.hasNextPage && page.endCursor ? page.endCursor : null;
  } while (after !== null);
  return { org, orgId, teams };
}

/** Every member edge of a team: the first page came with the team, the rest one call per 100. */
async function allMembers(gh: GithubContext, team: GqlTeam): Promise<GqlMemberEdge[]> {
  const edges = [...team.members.edges];
  let page = team.members.pageInfo;
  while (page?.hasNextPage && page.endCursor) {
    type Answer = { node: { members?: MemberConnection } | null };
    const data: Answer = await gh.octokit.graphql<Answer>(MORE_MEMBERS_QUERY, { id: team.id, after: page.endCursor });
    const members = data.node?.members;
    if (!members) break;
    edges.push(...members.edges);
    page = members.pageInfo;
  }
  return edges;
}

/** The logins of the organisation's owners (`membersWithRole` edges with role `ADMIN`). */
async function ownersOf(gh: GithubContext, org: string, first: OwnerConnection): Promise<Set<string>> {
  const owners = new Set<string>();
  let connection: OwnerConnection | undefined = first;
  for (;;) {
    for (const edge of connection.edges) if (edge.role === 'ADMIN') owners.add(edge.node.login);
    const page = connection.pageInfo;
    if (!page?.hasNextPage || !page.endCursor) return owners;
    type Answer = { organization: { membersWithRole: OwnerConnection } | null };
    const data: Answer = await gh.octokit.graphql<Answer>(MORE_OWNERS_QUERY, { org, after: page.endCursor });
    connection = data.organization?.membersWithRole;
    if (!connection) return owners;
  }
}
