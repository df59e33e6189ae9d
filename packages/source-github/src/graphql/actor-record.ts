/** The actor fields every GraphQL query selects for a user or bot. */
export const ACTOR_FIELDS = 'login avatarUrl url __typename ... on User { id databaseId } ... on Bot { id databaseId }';

/** A GraphQL actor as selected by {@link ACTOR_FIELDS}. */
export interface GqlActor {
  readonly login: string;
  readonly avatarUrl?: string | null;
  readonly url?: string | null;
  readonly __typename?: string;
  readonly id?: string;
  readonly databaseId?: number | null;
}

/** GitHub's REST `simple-user` shape of a GraphQL actor (null stays null). */
export function userRecord(actor: GqlActor | null | undefined, apiUrl: string): Record<string, unknown> | null {
  if (!actor) return null;
  return {
    login: actor.login,
    id: actor.databaseId ?? null,
    node_id: actor.id ?? null,
    avatar_url: actor.avatarUrl ?? null,
    gravatar_id: '',
    url: `${apiUrl}/users/${actor.login}`,
    html_url: actor.url ?? null,
    type: actor.__typename === 'Bot' ? 'Bot' : actor.__typename === 'Organization' ? 'Organization' : 'User',
    site_admin: false,
  };
}
