import type { ReadContext } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import type { GithubConfig } from '../generated/config.js';
import { type GithubRecord, pageSizeOf } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';
import { restItems } from './rest-items.js';
import { teamsOf } from './teams.js';

/** Each team of an organisation with its members. */
export async function* teamsWithMembers(
  octokit: GithubOctokit,
  org: string,
  config: GithubConfig,
): AsyncIterable<{ slug: string; members: GithubRecord[] }> {
  for await (const team of teamsOf(octokit, org, config)) {
    const slug = String(team.slug);
    const members: GithubRecord[] = [];
    const params = { org, team_slug: slug, per_page: pageSizeOf(config) };
    for await (const member of restItems(octokit, 'GET /orgs/{org}/teams/{team_slug}/members', params))
      members.push(member);
    yield { slug, members };
  }
}

/** `team_members`: the members of each team, with `organization` and `team_slug` (full refresh). */
export class TeamMembersStream extends OrgStream {
  readonly name = 'team_members';
  override readonly primaryKey = [['id'], ['team_slug']];

  protected async *readOrg(ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    for await (const { slug, members } of teamsWithMembers(this.gh.octokit, org, ctx.config)) {
      for (const member of members) yield { ...member, organization: org, team_slug: slug };
    }
  }
}
