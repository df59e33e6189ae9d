/* Generated from src/spec.ts by scripts/generate-config.mjs. Do not edit: run `npm run generate:config`. */

export interface JiraConfig {
  /**
   * Your Jira site: a domain such as acme.atlassian.net (https is assumed) or a full URL such as https://jira.acme.com/jira.
   */
  domain: string;
  /**
   * Jira Cloud: the email of the Atlassian account the API token belongs to.
   */
  email?: string;
  /**
   * Jira Cloud: an API token of that account (id.atlassian.com → Security → API tokens).
   */
  api_token?: string;
  /**
   * Jira Data Center / Server 8.14+: a personal access token, sent as a bearer token.
   */
  personal_access_token?: string;
  /**
   * Cloud or Data Center. `auto` asks the site (`myself`: Cloud answers REST v3 with an accountId; Data Center has no v3).
   */
  deployment: 'auto' | 'cloud' | 'data_center';
  /**
   * Project keys to read. Empty means every project the account can see.
   */
  projects: string[];
  /**
   * Read issues updated at or after this time (UTC). Empty means all issues.
   */
  start_date?: string;
  /**
   * Issues carry their full changelog (`changelog.histories`), fetched per issue beyond what search embeds. Needed for status history in Faros.
   */
  expand_changelog: boolean;
  /**
   * Items asked for per page (Jira Cloud caps issue search pages at 100).
   */
  page_size: number;
  /**
   * Projects, boards or sprints read at once.
   */
  concurrency_limit: number;
  /**
   * Issues between two saved states of the incremental issue streams.
   */
  checkpoint_every: number;
}
