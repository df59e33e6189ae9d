import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import { type GithubRecord, pageSizeOf } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';
import { restItems } from './rest-items.js';

/** `users`: the members of each organisation, with `organization` (full refresh; needs `read:org`). */
export class UsersStream extends OrgStream {
  readonly name = 'users';
  override readonly primaryKey = [['id']];

  protected async *readOrg(ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    const params = { org, per_page: pageSizeOf(ctx.config) };
    for await (const user of restItems(this.gh.octokit, 'GET /orgs/{org}/members', params)) {
      yield { organization: org, ...user };
    }
  }
}
