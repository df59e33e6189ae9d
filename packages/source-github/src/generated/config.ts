/* Generated from src/spec.ts by scripts/generate-config.mjs. Do not edit: run `npm run generate:config`. */

/**
 * A personal access token, or a GitHub App installation.
 */
export type Authentication = PersonalAccessToken | GitHubApp;
/**
 * A classic or fine-grained token; the README lists the scopes each stream needs.
 */
export type PersonalAccessToken1 = string;
/**
 * The GitHub App id.
 */
export type AppID = string;
/**
 * The id of the app installation on the organisation.
 */
export type InstallationID = string;
/**
 * The app's private key (PEM).
 */
export type PrivateKey = string;
/**
 * Repositories to read: `owner/repo`, every repository of an owner `owner/*`, or a prefix `owner/web-*`.
 *
 * @minItems 1
 */
export type Repositories = [string, ...string[]];
/**
 * Incremental streams read nothing older than this date (UTC). Empty: everything.
 */
export type StartDate = string;
/**
 * REST API root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server (GraphQL is then read at https://HOST/api/graphql).
 */
export type APIURL = string;
/**
 * Branches whose commits to read, as `owner/repo/branch`. Repositories not listed: their default branch.
 */
export type Branches = string[];
/**
 * Items per REST page and pull requests per GraphQL page (GitHub allows at most 100).
 */
export type PageSize = number;
/**
 * Repositories read at once.
 */
export type Concurrency = number;
/**
 * Longest total wait for rate limits in one sync before the stream fails (minutes).
 */
export type RateLimitWait = number;

export interface GithubConfig {
  credentials: Authentication;
  repositories: Repositories;
  start_date?: StartDate;
  api_url?: APIURL;
  branches?: Branches;
  page_size?: PageSize;
  concurrency?: Concurrency;
  max_rate_limit_wait_minutes?: RateLimitWait;
  [k: string]: unknown;
}
export interface PersonalAccessToken {
  option_title: 'PAT Credentials';
  personal_access_token: PersonalAccessToken1;
}
export interface GitHubApp {
  option_title: 'GitHub App Credentials';
  app_id: AppID;
  installation_id: InstallationID;
  private_key: PrivateKey;
}
