import { type GithubOrganization, type GithubUser, githubNodeId } from '../../world/index.js';
import { type GithubContext, iso } from './github-context.js';

/** The account GitHub shows for deleted users where a user is required. */
export const GHOST_USER: GithubUser = {
  id: 10137,
  login: 'ghost',
  type: 'User',
  name: 'Deleted user',
  email: null,
  company: null,
  location: null,
  siteAdmin: false,
  orgs: [],
  createdAt: Date.UTC(2011, 1, 1),
  updatedAt: Date.UTC(2011, 1, 1),
};

type Account = Pick<GithubUser, 'id' | 'login'> & { readonly type: string; readonly siteAdmin: boolean };

/** The URL fields every account representation shares. */
function accountUrls(ctx: GithubContext, a: Account): Record<string, unknown> {
  // Bot logins hold brackets (`dependabot[bot]`): URLs carry them encoded, as GitHub's do.
  const login = encodeURIComponent(a.login);
  const url = `${ctx.api}/users/${login}`;
  return {
    login: a.login,
    id: a.id,
    node_id: githubNodeId(a.type === 'Organization' ? 'Organization' : a.type === 'Bot' ? 'Bot' : 'User', a.id),
    avatar_url: `${ctx.web}/avatars/u/${a.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${ctx.web}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: a.type,
    user_view_type: 'public',
    site_admin: a.siteAdmin,
  };
}

/** `simple-user` of a world user. */
export function simpleUser(ctx: GithubContext, user: GithubUser): Record<string, unknown> {
  return accountUrls(ctx, user);
}

/** `simple-user` of the account with this login; the ghost user for a deleted (null or unknown) one. */
export function userOrGhost(ctx: GithubContext, login: string | null): Record<string, unknown> {
  const user = login === null ? undefined : ctx.world.github.users.get(login);
  return simpleUser(ctx, user ?? GHOST_USER);
}

/** `nullable-simple-user`: null for a deleted account. */
export function userOrNull(ctx: GithubContext, login: string | null): Record<string, unknown> | null {
  const user = login === null ? undefined : ctx.world.github.users.get(login);
  return user === undefined ? null : simpleUser(ctx, user);
}

/** An organisation as a `simple-user` (repository owners). */
export function orgAsUser(ctx: GithubContext, org: GithubOrganization): Record<string, unknown> {
  return accountUrls(ctx, { id: org.id, login: org.login, type: 'Organization', siteAdmin: false });
}

/** The owner of a repository (`simple-user`): its organisation, or the user. */
export function ownerOf(ctx: GithubContext, owner: string): Record<string, unknown> {
  const org = ctx.world.github.organizations.get(owner);
  return org === undefined ? userOrGhost(ctx, owner) : orgAsUser(ctx, org);
}

/** `public-user` (or `private-user` with `privateFields` for the authenticated user). */
export function fullUser(ctx: GithubContext, user: GithubUser, privateFields: boolean): Record<string, unknown> {
  const repos = [...ctx.world.github.repositories].filter((r) => r.owner === user.login);
  const base: Record<string, unknown> = {
    ...accountUrls(ctx, user),
    name: user.name,
    company: user.company,
    blog: '',
    location: user.location,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: repos.filter((r) => !r.private).length,
    public_gists: 0,
    followers: user.id % 37,
    following: user.id % 11,
    created_at: iso(user.createdAt),
    updated_at: iso(user.updatedAt),
  };
  if (!privateFields) return base;
  const privateRepos = repos.filter((r) => r.private).length;
  return {
    ...base,
    private_gists: 0,
    total_private_repos: privateRepos,
    owned_private_repos: privateRepos,
    disk_usage: repos.reduce((sum, r) => sum + r.size, 0),
    collaborators: 0,
    two_factor_authentication: true,
    plan: { collaborators: 0, name: 'pro', space: 976562499, private_repos: 9999 },
  };
}

/** `actor` (events). */
export function actorOf(ctx: GithubContext, login: string | null): Record<string, unknown> {
  const user = (login === null ? undefined : ctx.world.github.users.get(login)) ?? GHOST_USER;
  return {
    id: user.id,
    login: user.login,
    display_login: user.login,
    gravatar_id: '',
    url: `${ctx.api}/users/${encodeURIComponent(user.login)}`,
    avatar_url: `${ctx.web}/avatars/u/${user.id}?v=4`,
  };
}
