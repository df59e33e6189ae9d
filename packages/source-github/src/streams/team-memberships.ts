import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import { teamMembers } from '../graphql/org-teams.js';
import type { GithubRecord } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';

/**
 * `team_memberships`: each member's role in each team, in the shape of REST's
 * `GET /orgs/{org}/teams/{slug}/memberships/{username}` (`url`, `role`, `state`), with `organization`,
 * `team_slug` and `username`. Built from the GraphQL member edges (`teamMembers`) instead of one REST
 * call per member. Listed members are active: pending invitations are not members, so REST would
 * answer `state: "active"` for each of them.
 */
export class TeamMembershipsStream extends OrgStream {
  readonly name = 'team_memberships';
  override readonly primaryKey = [['url']];

  protected async *readOrg(_ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    for await (const { orgId, teamSlug, teamId, user, role } of teamMembers(this.gh, org)) {
      const username = String(user.login);
      yield {
        url: `${this.gh.apiUrl}/organizations/${orgId}/team/${teamId}/memberships/${encodeURIComponent(username)}`,
        role,
        state: 'active',
        organization: org,
        team_slug: teamSlug,
        username,
      };
    }
  }
}
