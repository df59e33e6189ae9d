import type { ReadContext } from '@faros-ce/sdk';
import type { GithubOctokit } from '../client/github-client.js';
import type { GithubConfig } from '../generated/config.js';
import { type GithubRecord, pageSizeOf } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';
import { restItems } from './rest-items.js';

/** The teams of an organisation. */
export function teamsOf(octokit: GithubOctokit, org: string, config: GithubConfig): AsyncIterable<GithubRecord> {
  return restItems(octokit, 'GET /orgs/{org}/teams', { org, per_page: pageSizeOf(config) });
}

/** `teams`: each organisation's teams, with `organization` (full refresh; needs `read:org`). */
export class TeamsStream extends OrgStream {
  readonly name = 'teams';
  override readonly primaryKey = [['id']];

  protected async *readOrg(ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    for await (const team of teamsOf(this.gh.octokit, org, ctx.config)) yield { organization: org, ...team };
  }
}
