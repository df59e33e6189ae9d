import type { GqlPage } from '../graphql/repo-batch.js';
import { RepoBatchStream } from '../graphql/repo-batch-stream.js';
import { type GqlSimpleUser, SIMPLE_USER_FIELDS, simpleUserRecord } from '../graphql/simple-user.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubContext, GithubRecord } from './github-context.js';

type Permission = 'ADMIN' | 'MAINTAIN' | 'WRITE' | 'TRIAGE' | 'READ';

/** REST's `permissions` of each base role: a role holds its own and every lower one. */
const PERMISSIONS: Readonly<Record<Permission, Record<string, boolean>>> = {
  ADMIN: { admin: true, maintain: true, push: true, triage: true, pull: true },
  MAINTAIN: { admin: false, maintain: true, push: true, triage: true, pull: true },
  WRITE: { admin: false, maintain: false, push: true, triage: true, pull: true },
  TRIAGE: { admin: false, maintain: false, push: false, triage: true, pull: true },
  READ: { admin: false, maintain: false, push: false, triage: false, pull: true },
};

/**
 * `collaborators`: a repository's collaborators (full refresh; needs push access, else skipped with a
 * warning), REST's `/collaborators?affiliation=all` shape, read as GraphQL's `collaborators(affiliation:
 * ALL)` for many repositories per call. `permissions` and `role_name` come from the edge's base
 * `permission` (REST names a custom repository role in `role_name`; GraphQL gives its base role).
 */
export class CollaboratorsStream extends RepoBatchStream {
  readonly name = 'collaborators';
  override readonly primaryKey = [['id']];
  protected readonly connectionName = 'collaborators';
  protected override readonly connectionArgs = 'affiliation: ALL';
  protected readonly pageSelection = `edges { permission node { ${SIMPLE_USER_FIELDS} } }`;

  protected recordsOf(page: GqlPage, repo: SelectedRepository): GithubRecord[] {
    const edges = page.edges as { permission: Permission; node: GqlSimpleUser }[];
    return edges.map(({ permission, node }) => ({
      repository: repo.fullName,
      ...simpleUserRecord(node, this.gh.apiUrl),
      permissions: { ...PERMISSIONS[permission] },
      role_name: permission.toLowerCase(),
    }));
  }
}

/** The `collaborators` stream of a run. */
export function collaboratorsStream(gh: GithubContext): CollaboratorsStream {
  return new CollaboratorsStream(gh).shareFirstPages();
}
