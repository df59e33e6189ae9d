import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import { teamMembers } from '../graphql/org-teams.js';
import type { GithubRecord } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';

/**
 * `team_members`: the members of each team (child teams' members included, as REST lists them), with
 * `organization` and `team_slug` (full refresh). Read through GraphQL with the teams and roles: the
 * first page comes with the query the organisations share with `users` and `team_memberships`.
 */
export class TeamMembersStream extends OrgStream {
  readonly name = 'team_members';
  override readonly primaryKey = [['id'], ['team_slug']];

  protected async *readOrg(_ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    for await (const { user, teamSlug } of teamMembers(this.gh, org)) {
      yield { ...user, organization: org, team_slug: teamSlug };
    }
  }
}
