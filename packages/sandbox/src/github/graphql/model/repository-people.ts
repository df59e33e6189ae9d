import type { GithubRepository, GithubUser } from '../../../world/index.js';
import { collaboratorRole } from '../../collaborator-role.js';
import { peopleOf } from '../../rest/derived-activity.js';
import { type ConnectionArgs, type ConnectionObject, paginate } from '../connection.js';
import { userObject, withEdgeFields } from './account-object.js';
import type { GraphqlScope } from './graphql-scope.js';

/** Arguments of `Repository.assignableUsers`. */
export interface AssignableUserArgs extends ConnectionArgs {
  readonly query?: string | null;
}

/** Arguments of `Repository.collaborators`. */
export interface CollaboratorArgs extends AssignableUserArgs {
  readonly affiliation?: 'ALL' | 'DIRECT' | 'OUTSIDE' | null;
  readonly login?: string | null;
}

/** People filtered by `query` on login and name, as GitHub's user filters match. */
function matching(people: readonly GithubUser[], query: string | null | undefined): GithubUser[] {
  const q = query?.toLowerCase();
  return people.filter((u) => !q || u.login.toLowerCase().includes(q) || (u.name ?? '').toLowerCase().includes(q));
}

/** `Repository.assignableUsers`: the same people, in the same order, as REST's `/assignees`. */
export function assignableUserConnection(
  scope: GraphqlScope,
  repo: GithubRepository,
  args: AssignableUserArgs,
): ConnectionObject {
  const people = matching(peopleOf(scope.world, repo), args.query);
  return paginate(people, args, { key: (u) => [u.login] }, (u) => userObject(scope, u));
}

/**
 * `Repository.collaborators`: REST's `/collaborators` people, each edge with its `permission`. The
 * world's collaborators are the owning organisation's members, so `OUTSIDE` lists nobody.
 */
export function collaboratorConnection(
  scope: GraphqlScope,
  repo: GithubRepository,
  args: CollaboratorArgs,
): ConnectionObject {
  const people =
    args.affiliation === 'OUTSIDE'
      ? []
      : matching(peopleOf(scope.world, repo), args.query).filter((u) => !args.login || u.login === args.login);
  const connection = paginate(people, args, { key: (u) => [u.login] }, (u) => userObject(scope, u));
  return withEdgeFields(connection, (node) => {
    const login = String((node as { login?: unknown }).login);
    return {
      permission: collaboratorRole(scope.world, repo, login) === 'admin' ? 'ADMIN' : 'WRITE',
      permissionSources: null,
    };
  });
}
