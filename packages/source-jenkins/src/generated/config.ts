/* Generated from src/spec.ts by scripts/generate-config.mjs. Do not edit: run `npm run generate:config`. */

export interface JenkinsConfig {
  /**
   * Base URL of the Jenkins controller, e.g. https://ci.example.com/ (without credentials).
   */
  server_url: string;
  /**
   * Jenkins user name. Leave user and token empty for anonymous read access.
   */
  user?: string;
  /**
   * The user's API token (Jenkins: user menu, Security, API Token). Sent in a Basic header only.
   */
  token?: string;
  /**
   * How many folder levels to descend below the top level (0: top-level jobs only). Absent: every level found.
   */
  depth?: number;
  /**
   * Glob patterns on job full names (`team/* /main`; `*` stays within a folder, `**` crosses folders). Empty: every job.
   */
  include_jobs?: string[];
  /**
   * Glob patterns on full names of jobs or folders to skip (a skipped folder is not walked).
   */
  exclude_jobs?: string[];
  /**
   * How many of the newest builds of each job the first sync reads. Absent: all of them.
   */
  max_builds_per_job?: number;
  /**
   * Builds scheduled before this time are not read (ISO 8601 date or date-time).
   */
  start_date?: string;
  /**
   * Builds (and folder items) per request.
   */
  page_size?: number;
  /**
   * Jobs whose builds are read at the same time.
   */
  concurrency?: number;
}
