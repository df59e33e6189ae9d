import { type GithubOrganization, type GithubTeam, type GithubUser, githubNodeId } from '../../../world/index.js';
import { isTeamMaintainer, organizationAdmins, teamMemberLogins } from '../../team-membership.js';
import { type ConnectionArgs, paginate, paginateList } from '../connection.js';
import { avatarUrl, type GqlObject, type GraphqlScope, iso } from './graphql-scope.js';
import { repositoryConnection, repositoryObject } from './repository-object.js';

/** The account with this login (`User` or `Bot`), or null for a deleted (null or unknown) one. */
export function actorObject(scope: GraphqlScope, login: string | null): GqlObject | null {
  const user = login === null ? undefined : scope.world.github.users.get(login);
  return user ? userObject(scope, user) : null;
}

/** A `User` only (fields typed `User` cannot hold a bot): null for bots and deleted accounts. */
export function plainUserObject(scope: GraphqlScope, login: string | null): GqlObject | null {
  const user = login === null ? undefined : scope.world.github.users.get(login);
  return user && user.type === 'User' ? userObject(scope, user) : null;
}

/** A world account as GraphQL shows it: a `User`, or a `Bot` whose login drops the `[bot]` suffix. */
export function userObject(scope: GraphqlScope, user: GithubUser): GqlObject {
  const common = {
    databaseId: user.id,
    avatarUrl: avatarUrl(scope, user.id),
    createdAt: iso(user.createdAt),
    updatedAt: iso(user.updatedAt),
  };
  if (user.type === 'Bot') {
    const login = user.login.replace(/\[bot\]$/, '');
    return {
      __typename: 'Bot',
      ...common,
      id: githubNodeId('Bot', user.id),
      login,
      url: `${scope.web}/apps/${login}`,
      resourcePath: `/apps/${login}`,
    };
  }
  return {
    __typename: 'User',
    ...common,
    id: githubNodeId('User', user.id),
    login: user.login,
    name: user.name,
    // GitHub gives "" (not null) when the profile email is private.
    email: user.email ?? '',
    company: user.company,
    location: user.location,
    bio: null,
    twitterUsername: null,
    websiteUrl: null,
    isSiteAdmin: user.siteAdmin,
    isViewer: user.login === scope.viewer.login,
    isHireable: false,
    isEmployee: false,
    url: `${scope.web}/${user.login}`,
    resourcePath: `/${user.login}`,
    organizations: (args: ConnectionArgs) =>
      paginateList(
        user.orgs.flatMap((o) => scope.world.github.organizations.get(o) ?? []),
        args,
        (o) => organizationObject(scope, o),
      ),
    organization: ({ login }: { login: string }) => {
      const org = user.orgs.includes(login) ? scope.world.github.organizations.get(login) : undefined;
      return org ? organizationObject(scope, org) : null;
    },
    repositories: (args: RepositoryFilterArgs) =>
      repositoryConnection(scope, scope.world.github.repositories.group(user.login), args),
  };
}

type RepositoryFilterArgs = Parameters<typeof repositoryConnection>[2];

/** An organisation with its repositories (those the viewer can see), teams and members. */
export function organizationObject(scope: GraphqlScope, org: GithubOrganization): GqlObject {
  const { github } = scope.world;
  const members = (): GithubUser[] => [...github.users.values()].filter((u) => u.orgs.includes(org.login));
  return {
    __typename: 'Organization',
    id: githubNodeId('Organization', org.id),
    databaseId: org.id,
    login: org.login,
    name: org.name,
    description: org.description,
    email: org.email,
    websiteUrl: org.blog,
    location: org.location,
    createdAt: iso(org.createdAt),
    updatedAt: iso(org.updatedAt),
    avatarUrl: avatarUrl(scope, org.id),
    url: `${scope.web}/${org.login}`,
    resourcePath: `/${org.login}`,
    isVerified: false,
    repositories: (args: RepositoryFilterArgs) =>
      repositoryConnection(scope, github.repositories.group(org.login), args),
    repository: ({ name }: { name: string }) => {
      const repo = github.repositories.get(`${org.login}/${name}`);
      return repo && scope.viewer.canSee(repo.fullName) ? repositoryObject(scope, repo) : null;
    },
    membersWithRole: (args: ConnectionArgs) => {
      const admins = organizationAdmins(scope.world, org.login);
      const connection = paginate(members(), args, { key: (u) => [u.id] }, (u) => userObject(scope, u));
      // The same owners as REST's `/orgs/{org}/members?role=admin`.
      return withEdgeFields(connection, (node) => ({
        role: admins.has(loginOf(node)) ? 'ADMIN' : 'MEMBER',
        hasTwoFactorEnabled: null,
      }));
    },
    teams: (args: ConnectionArgs) =>
      paginate(github.teams.group(org.login), args, { key: (t) => [t.name, t.id] }, (t) => teamObject(scope, t)),
    team: ({ slug }: { slug: string }) => {
      const team = github.teams.group(org.login).find((t) => t.slug === slug);
      return team ? teamObject(scope, team) : null;
    },
  };
}

/** A team of an organisation. */
export function teamObject(scope: GraphqlScope, team: GithubTeam): GqlObject {
  const { github } = scope.world;
  const org = github.organizations.get(team.org);
  const parent = team.parentSlug ? github.teams.group(team.org).find((t) => t.slug === team.parentSlug) : undefined;
  const path = `/orgs/${team.org}/teams/${team.slug}`;
  return {
    __typename: 'Team',
    id: githubNodeId('Team', team.id),
    databaseId: team.id,
    slug: team.slug,
    combinedSlug: `${team.org}/${team.slug}`,
    name: team.name,
    description: team.description,
    privacy: team.privacy === 'secret' ? 'SECRET' : 'VISIBLE',
    createdAt: iso(team.createdAt),
    updatedAt: iso(team.updatedAt),
    url: `${scope.web}${path}`,
    resourcePath: path,
    organization: org ? organizationObject(scope, org) : undefined,
    parentTeam: parent ? teamObject(scope, parent) : null,
    members: (args: TeamMemberArgs) => {
      // Child-team members are included unless `membership: IMMEDIATE` (GitHub's default is ALL).
      const logins = teamMemberLogins(scope.world, team, args.membership ?? 'ALL');
      const roleOf = (login: string) => (isTeamMaintainer(team, login) ? 'MAINTAINER' : 'MEMBER');
      const users = logins
        .flatMap((login) => github.users.get(login) ?? [])
        .filter((u) => !args.role || roleOf(u.login) === args.role);
      const connection = paginateList(users, args, (u) => userObject(scope, u));
      return withEdgeFields(connection, (node) => {
        const login = loginOf(node);
        const access = `/orgs/${team.org}/teams/${team.slug}/members`;
        return { role: roleOf(login), memberAccessResourcePath: access, memberAccessUrl: `${scope.web}${access}` };
      });
    },
    repositories: (args: ConnectionArgs) =>
      withEdgeFields(
        paginateList(
          team.repositories.flatMap((name) => {
            const repo = github.repositories.get(name);
            return repo && scope.viewer.canSee(name) ? [repo] : [];
          }),
          args,
          (r) => repositoryObject(scope, r),
        ),
        () => ({ permission: team.permission === 'admin' ? 'ADMIN' : team.permission === 'push' ? 'WRITE' : 'READ' }),
      ),
  };
}

/** Arguments of `Team.members`. */
interface TeamMemberArgs extends ConnectionArgs {
  readonly membership?: 'ALL' | 'IMMEDIATE' | 'CHILD_TEAM' | null;
  readonly role?: 'MAINTAINER' | 'MEMBER' | null;
}

/** The login of a `User` object built by {@link userObject}. */
function loginOf(node: unknown): string {
  return String((node as { login?: unknown }).login);
}

/** Adds the fields an edge carries beside its node (a member's `role`, a team's `permission`). */
export function withEdgeFields<C extends { edges: readonly { readonly node: unknown }[] }>(
  connection: C,
  fields: (node: unknown) => Record<string, unknown>,
): C {
  return { ...connection, edges: connection.edges.map((e) => ({ ...e, ...fields(e.node) })) };
}
