import type { GqlPage } from '../graphql/repo-batch.js';
import { RepoBatchStream } from '../graphql/repo-batch-stream.js';
import { type GqlSimpleUser, SIMPLE_USER_FIELDS, simpleUserRecord } from '../graphql/simple-user.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubContext, GithubRecord } from './github-context.js';

/**
 * `assignees`: users who can be assigned issues in a repository (full refresh), REST's
 * `/repos/{o}/{r}/assignees` shape, read as GraphQL's `assignableUsers` for many repositories per call.
 */
export class AssigneesStream extends RepoBatchStream {
  readonly name = 'assignees';
  override readonly primaryKey = [['id']];
  protected readonly connectionName = 'assignableUsers';
  protected readonly pageSelection = `nodes { ${SIMPLE_USER_FIELDS} }`;

  protected recordsOf(page: GqlPage, repo: SelectedRepository): GithubRecord[] {
    return (page.nodes as GqlSimpleUser[]).map((user) => ({
      repository: repo.fullName,
      ...simpleUserRecord(user, this.gh.apiUrl),
    }));
  }
}

/** The `assignees` stream of a run. */
export function assigneesStream(gh: GithubContext): AssigneesStream {
  return new AssigneesStream(gh).shareFirstPages();
}
