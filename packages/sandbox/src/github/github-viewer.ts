/**
 * Who a GitHub request acts as, once the REST layer has authenticated it (a personal access token or a
 * GitHub App installation token). REST and GraphQL both answer only with what the viewer can see.
 */
export interface GithubViewer {
  /** The login of the token's user, or `<app-slug>[bot]` for an installation token. */
  readonly login: string;
  /** The credential kind, for `x-ratelimit-*` budgets and `/installation/repositories`. */
  readonly kind: 'token' | 'installation';
  /** Whether the viewer can see the repository `owner/name` (else GitHub answers 404 / NOT_FOUND). */
  canSee(fullName: string): boolean;
}
