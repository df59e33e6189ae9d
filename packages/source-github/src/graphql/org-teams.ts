import type { GithubContext, GithubRecord } from '../streams/github-context.js';
import {
  type GqlEdgePage,
  type GqlTeam,
  type GqlTeamMemberEdge,
  orgFirstPage,
  teamMembersConnection,
  teamsConnection,
} from './org-batch.js';
import { orgOwners } from './org-members.js';
import type { GqlConnection } from './pull-request-pages.js';
import { simpleUserRecord } from './simple-user.js';

/** A member of a team, with the REST membership `role`. */
export interface TeamMember {
  /** The organisation's database id (REST's membership URLs carry it). */
  readonly orgId: number | null;
  readonly teamSlug: string;
  readonly teamId: number | null;
  readonly user: GithubRecord;
  readonly role: 'maintainer' | 'member';
}

const MORE_TEAMS_QUERY = `query OrgTeams($org: String!, $after: String) {
  organization(login: $org) { ${teamsConnection('$after')} }
}`;

const MORE_MEMBERS_QUERY = `query TeamMembers($id: ID!, $after: String) {
  node(id: $id) { ... on Team { ${teamMembersConnection('$after')} } }
}`;

/**
 * Every member of every team of `org` (child teams' members included, as REST lists them), with its
 * role: the first page of teams comes with the organisations' shared query, then one call per further
 * 100 teams or 100 members of a team. Pages are read as the caller goes, one at a time, so
 * `team_members` and `team_memberships` each read the later pages of a large organisation.
 */
export async function* teamMembers(gh: GithubContext, org: string): AsyncIterable<TeamMember> {
  const first = await orgFirstPage(gh, org);
  const owners = await orgOwners(gh, org);
  let teams: GqlConnection<GqlTeam> | undefined = first.teams;
  while (teams) {
    for (const team of teams.nodes) {
      for await (const edge of memberEdges(gh, team)) {
        yield {
          orgId: first.databaseId,
          teamSlug: team.slug,
          teamId: team.databaseId,
          user: simpleUserRecord(edge.node, gh.apiUrl),
          // GitHub's docs: "The `role` for organization owners is set to `maintainer`."
          role: edge.role === 'MAINTAINER' || owners.has(edge.node.login) ? 'maintainer' : 'member',
        };
      }
    }
    const page = teams.pageInfo;
    if (!page?.hasNextPage || !page.endCursor) return;
    type Answer = { organization: { teams: GqlConnection<GqlTeam> } | null };
    const data: Answer = await gh.octokit.graphql<Answer>(MORE_TEAMS_QUERY, { org, after: page.endCursor });
    teams = data.organization?.teams;
  }
}

/** A team's member edges: the first page came with the team, the rest one call per 100. */
async function* memberEdges(gh: GithubContext, team: GqlTeam): AsyncIterable<GqlTeamMemberEdge> {
  let members: GqlEdgePage<GqlTeamMemberEdge> | undefined = team.members;
  while (members) {
    yield* members.edges;
    const page = members.pageInfo;
    if (!page?.hasNextPage || !page.endCursor) return;
    type Answer = { node: { members?: GqlEdgePage<GqlTeamMemberEdge> } | null };
    const data: Answer = await gh.octokit.graphql<Answer>(MORE_MEMBERS_QUERY, { id: team.id, after: page.endCursor });
    members = data.node?.members;
  }
}
