import type { GithubContext } from '../streams/github-context.js';
import { type GqlEdgePage, type GqlOrgMemberEdge, ORG_MEMBERS, orgFirstPage, PAGE_INFO } from './org-batch.js';

const MORE_MEMBERS_QUERY = `query OrgMembers($org: String!, $after: String) {
  organization(login: $org) { membersWithRole(first: 100, after: $after) { ${ORG_MEMBERS} } }
}`;

const MORE_ROLES_QUERY = `query OrgRoles($org: String!, $after: String) {
  organization(login: $org) { membersWithRole(first: 100, after: $after) { ${PAGE_INFO} edges { role node { login } } } }
}`;

type RoleEdge = Pick<GqlOrgMemberEdge, 'role'> & { readonly node: { readonly login: string } };

/**
 * The pages of `org`'s `membersWithRole` edges: the first from the shared batch, then one call per
 * further 100 (`query` selects what the caller needs of each edge). One page is held at a time.
 */
async function* memberPages<E>(gh: GithubContext, org: string, first: GqlEdgePage<E>, query: string) {
  let page: GqlEdgePage<E> | undefined = first;
  while (page) {
    yield page.edges;
    const next = page.pageInfo;
    if (!next?.hasNextPage || !next.endCursor) return;
    type Answer = { organization: { membersWithRole: GqlEdgePage<E> } | null };
    const data: Answer = await gh.octokit.graphql<Answer>(query, { org, after: next.endCursor });
    page = data.organization?.membersWithRole;
  }
}

/**
 * The members of `org` as GraphQL's `membersWithRole` lists them: the same people as REST's
 * `GET /orgs/{org}/members` (every role; like REST, concealed members only when the viewer may see them).
 */
export async function* orgMembers(gh: GithubContext, org: string): AsyncIterable<GqlOrgMemberEdge> {
  const { membersWithRole } = await orgFirstPage(gh, org);
  for await (const edges of memberPages(gh, org, membersWithRole, MORE_MEMBERS_QUERY)) yield* edges;
}

const owners = new WeakMap<GithubContext, Map<string, Promise<ReadonlySet<string>>>>();

/**
 * The logins of `org`'s owners (`membersWithRole` edges with role `ADMIN`), read once per run and
 * shared by `team_members` and `team_memberships`; past the first page only logins and roles are asked.
 */
export function orgOwners(gh: GithubContext, org: string): Promise<ReadonlySet<string>> {
  let perOrg = owners.get(gh);
  if (!perOrg) {
    perOrg = new Map();
    owners.set(gh, perOrg);
  }
  let found = perOrg.get(org);
  if (!found) {
    found = readOwners(gh, org);
    perOrg.set(org, found);
  }
  return found;
}

async function readOwners(gh: GithubContext, org: string): Promise<ReadonlySet<string>> {
  const { membersWithRole } = await orgFirstPage(gh, org);
  const admins = new Set<string>();
  const pages = memberPages<RoleEdge>(gh, org, membersWithRole, MORE_ROLES_QUERY);
  for await (const edges of pages) for (const edge of edges) if (edge.role === 'ADMIN') admins.add(edge.node.login);
  return admins;
}
