import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { GithubRecord } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';
import { teamsWithMembers } from './team-members.js';

/**
 * `team_memberships`: each member's role in each team (`GET .../memberships/{username}`, one call per
 * member: GitHub lists roles no other way), with `organization`, `team_slug` and `username`.
 */
export class TeamMembershipsStream extends OrgStream {
  readonly name = 'team_memberships';
  override readonly primaryKey = [['url']];

  protected async *readOrg(_ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    for await (const { slug, members } of teamsWithMembers(this.gh.octokit, org, this.gh.config)) {
      for (const member of members) {
        const username = String(member.login);
        const { data } = await this.gh.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
          org,
          team_slug: slug,
          username,
        });
        yield { ...(data as unknown as GithubRecord), organization: org, team_slug: slug, username };
      }
    }
  }
}
