import { githubNodeId } from '../../../world/index.js';
import { hashString } from '../../../world/random.js';
import { GithubGraphqlError } from '../github-graphql-error.js';
import { organizationObject, userObject } from './account-object.js';
import { avatarUrl, type GqlObject, type GraphqlScope, iso } from './graphql-scope.js';
import { nodeById } from './node-lookup.js';
import { repositoryObject } from './repository-object.js';

/** The root `Query` object of one request. */
export function queryRoot(scope: GraphqlScope): GqlObject {
  const { github } = scope.world;
  const notFound = (message: string): never => {
    throw new GithubGraphqlError('NOT_FOUND', message);
  };
  return {
    __typename: 'Query',
    id: githubNodeId('Query', 1),
    viewer: () => viewerObject(scope),
    rateLimit: () => ({
      __typename: 'RateLimit',
      ...scope.rateLimit,
      resetAt: iso(scope.rateLimit.resetAt),
    }),
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const wanted = `${owner}/${name}`;
      // Names are case-insensitive on GitHub.
      const repo =
        github.repositories.get(wanted) ??
        [...github.repositories.values(), ...(scope.extraRepositories ?? [])].find(
          (r) => r.fullName.toLowerCase() === wanted.toLowerCase(),
        );
      if (repo && scope.viewer.canSee(repo.fullName)) return repositoryObject(scope, repo);
      return notFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
    },
    organization: ({ login }: { login: string }) => {
      const org = github.organizations.get(login);
      return org
        ? organizationObject(scope, org)
        : notFound(`Could not resolve to an Organization with the login of '${login}'.`);
    },
    user: ({ login }: { login: string }) => {
      const user = github.users.get(login);
      return user && user.type === 'User'
        ? userObject(scope, user)
        : notFound(`Could not resolve to a User with the login of '${login}'.`);
    },
    repositoryOwner: ({ login }: { login: string }) => {
      const org = github.organizations.get(login);
      if (org) return organizationObject(scope, org);
      const user = github.users.get(login);
      return user && user.type === 'User' ? userObject(scope, user) : null;
    },
    node: ({ id }: { id: string }) =>
      nodeById(scope, id) ?? notFound(`Could not resolve to a node with the global id of '${id}'.`),
    // A rejected item becomes null with its own error at `nodes.<i>`, as GitHub reports each miss.
    nodes: ({ ids }: { ids: readonly string[] }) =>
      ids.map((id) => {
        const node = nodeById(scope, id);
        return (
          node ??
          Promise.reject(
            new GithubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'.`),
          )
        );
      }),
  };
}

/**
 * The token's user. Installation tokens have no user: GitHub refuses `viewer` for them. A token
 * whose login the world does not know (the sandbox's own admin token) gets a stable stand-in user.
 */
function viewerObject(scope: GraphqlScope): GqlObject {
  if (scope.viewer.kind === 'installation') {
    throw new GithubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
  }
  const user = scope.world.github.users.get(scope.viewer.login);
  if (user) return userObject(scope, user);
  const id = 90_000_000 + (hashString(`viewer:${scope.viewer.login}`) % 1_000_000);
  const now = scope.world.clock.start;
  return {
    __typename: 'User',
    id: githubNodeId('User', id),
    databaseId: id,
    login: scope.viewer.login,
    name: null,
    email: '',
    company: null,
    location: null,
    isSiteAdmin: false,
    isViewer: true,
    avatarUrl: avatarUrl(scope, id),
    url: `${scope.web}/${scope.viewer.login}`,
    resourcePath: `/${scope.viewer.login}`,
    createdAt: iso(now),
    updatedAt: iso(now),
  };
}
