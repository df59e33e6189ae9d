/**
 * Natural keys of the world's entities: the keys of its tables and of `world.truth()`.
 * Organisations, users and repositories are keyed by login or `owner/name`; Jira entities by key
 * or id; Jenkins jobs by full name. The rest are built here.
 */
export const worldKeys = {
  /** `@org/slug` */
  team: (org: string, slug: string): string => `@${org}/${slug}`,
  /** `owner/name/branches/<branch>` (the branch name may contain slashes) */
  branch: (repo: string, name: string): string => `${repo}/branches/${name}`,
  /** `owner/name/commits/<sha>` */
  commit: (repo: string, sha: string): string => `${repo}/commits/${sha}`,
  /** `owner/name#<number>`: an issue or a pull request (they share numbers). */
  issue: (repo: string, number: number): string => `${repo}#${number}`,
  /** `owner/name#<number>/reviews/<id>` */
  review: (repo: string, pullNumber: number, id: number): string => `${repo}#${pullNumber}/reviews/${id}`,
  /** `owner/name#<number>/comments/<id>` */
  reviewComment: (repo: string, pullNumber: number, id: number): string => `${repo}#${pullNumber}/comments/${id}`,
  /** `owner/name/labels/<name>` */
  label: (repo: string, name: string): string => `${repo}/labels/${name}`,
  /** `owner/name/milestones/<number>` */
  milestone: (repo: string, number: number): string => `${repo}/milestones/${number}`,
  /** `owner/name/tags/<name>` */
  tag: (repo: string, name: string): string => `${repo}/tags/${name}`,
  /** `owner/name/releases/<id>` */
  release: (repo: string, id: number): string => `${repo}/releases/${id}`,
  /** `owner/name/workflows/<id>` */
  workflow: (repo: string, id: number): string => `${repo}/workflows/${id}`,
  /** `owner/name/runs/<id>` */
  workflowRun: (repo: string, id: number): string => `${repo}/runs/${id}`,
  /** `owner/name/jobs/<id>` */
  workflowJob: (repo: string, id: number): string => `${repo}/jobs/${id}`,
  /** `owner/name/deployments/<id>` */
  deployment: (repo: string, id: number): string => `${repo}/deployments/${id}`,
  /** `<job full name>#<number>` (Jenkins forbids `#` in item names). */
  jenkinsBuild: (job: string, number: number): string => `${job}#${number}`,
} as const;

/** A Jira issue key as it appears in branch names, PR titles and commit messages (`PROJ-123`). */
export const JIRA_KEY_PATTERN = /\b[A-Z][A-Z0-9]{1,9}-[1-9][0-9]*\b/;

/** The Jira issue keys in a text, in order of appearance. */
export function jiraKeysIn(text: string): string[] {
  return text.match(new RegExp(JIRA_KEY_PATTERN.source, 'g')) ?? [];
}
