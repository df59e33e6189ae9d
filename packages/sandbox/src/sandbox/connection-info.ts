/**
 * Where the sandbox's services listen and how to authenticate: the one JSON line `faros-ce-sandbox up`
 * prints, and `Sandbox.connectionInfo()`. Only the services that run are present.
 */
export interface ConnectionInfo {
  /**
   * GitHub: REST at `url` (and `url + '/api/v3'`, the Enterprise Server layout), GraphQL at `url + '/graphql'`
   * (`url + '/api/graphql'`); `Authorization: Bearer token`. `app` is a GitHub App installed on the first
   * organisation: sign an RS256 JWT with `privateKey` (PEM) and `appId` as issuer to get installation tokens.
   */
  readonly github?: {
    readonly url: string;
    readonly token: string;
    readonly app: { readonly appId: number; readonly installationId: number; readonly privateKey: string };
  };
  /** Jira Cloud: basic auth with `email:token`. */
  readonly jira?: { readonly url: string; readonly email: string; readonly token: string };
  /** Jira Data Center: a personal access token as `Authorization: Bearer token`. */
  readonly jiraDataCenter?: { readonly url: string; readonly token: string };
  /** Jenkins: basic auth with `user:token` (an API token). */
  readonly jenkins?: { readonly url: string; readonly user: string; readonly token: string };
  /** Faros CE (Hasura): GraphQL at `url + '/v1/graphql'` with the `X-Hasura-Admin-Secret` header. */
  readonly farosCe?: { readonly url: string; readonly adminSecret: string };
}

/** The name of a sandbox service, in the order the connection info lists them. */
export type SandboxServiceName = keyof ConnectionInfo;

/** Every service name the sandbox knows of, registered or not (yet). */
export const SANDBOX_SERVICE_NAMES: readonly SandboxServiceName[] = [
  'github',
  'jira',
  'jiraDataCenter',
  'jenkins',
  'farosCe',
];

/** The connection details of one service. */
export type ServiceConnection<N extends SandboxServiceName> = NonNullable<ConnectionInfo[N]>;
