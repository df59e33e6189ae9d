import type { GithubRecord } from '../streams/github-context.js';

/** The user fields GraphQL queries select to build a REST `simple-user` (members, assignees, collaborators). */
export const SIMPLE_USER_FIELDS = 'login avatarUrl url id databaseId isSiteAdmin __typename';

/** A GraphQL `User` as selected by {@link SIMPLE_USER_FIELDS}. */
export interface GqlSimpleUser {
  readonly login: string;
  readonly avatarUrl: string;
  readonly url: string;
  readonly id: string;
  readonly databaseId: number | null;
  readonly isSiteAdmin?: boolean;
  readonly __typename?: string;
}

/**
 * GitHub's REST `simple-user` of a GraphQL user, with the URL templates REST builds from the API
 * root (`{apiUrl}/users/{login}/...`); `avatar_url` and `html_url` are the same values GraphQL gives
 * as `avatarUrl` and `url`.
 */
export function simpleUserRecord(user: GqlSimpleUser, apiUrl: string): GithubRecord {
  const bot = user.__typename === 'Bot';
  // GraphQL drops a bot's `[bot]` suffix; REST logins keep it.
  const login = bot && !user.login.endsWith('[bot]') ? `${user.login}[bot]` : user.login;
  const url = `${apiUrl}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: user.databaseId,
    node_id: user.id,
    avatar_url: user.avatarUrl,
    gravatar_id: '',
    url,
    html_url: user.url,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: bot ? 'Bot' : 'User',
    site_admin: user.isSiteAdmin ?? false,
  };
}
