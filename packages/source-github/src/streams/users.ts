import type { ReadContext } from '@faros-ce/sdk';
import type { GithubConfig } from '../generated/config.js';
import { orgMembers } from '../graphql/org-members.js';
import { simpleUserRecord } from '../graphql/simple-user.js';
import type { GithubRecord } from './github-context.js';
import { type OrgSlice, OrgStream } from './org-stream.js';

/**
 * `users`: the members of each organisation, with `organization` (full refresh; needs `read:org`), in
 * the shape of REST's `GET /orgs/{org}/members` (simple-user). Read through GraphQL's `membersWithRole`:
 * the first 100 come with the query the organisations share with the team streams, then one call per
 * further 100.
 */
export class UsersStream extends OrgStream {
  readonly name = 'users';
  override readonly primaryKey = [['id']];

  protected async *readOrg(_ctx: ReadContext<GithubConfig, OrgSlice>, org: string): AsyncIterable<GithubRecord> {
    for await (const { node } of orgMembers(this.gh, org)) {
      yield { organization: org, ...simpleUserRecord(node, this.gh.apiUrl) };
    }
  }
}
