import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import type { GithubRecord } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';

/** `organizations`: the organisations that own the selected repositories (full refresh). */
export class OrganizationsStream extends OrgStream {
  readonly name = 'organizations';
  override readonly primaryKey = [['id']];

  protected async *readOrg(_ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    const { data } = await this.gh.octokit.request('GET /orgs/{org}', { org });
    yield data as unknown as GithubRecord;
  }
}
