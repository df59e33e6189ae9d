import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import { pullRequestRef, type RepoName } from './github-keys.js';
import { jiraTaskRef } from './github-tms-keys.js';

// A Jira key (`PROJ-123`) not glued to other letters or digits on either side: `feature/PROJ-12-fix` and
// `[PROJ-12] Fix` match, `XPROJ-12a` does not. Underscore counts as a separator, as in branch names.
const JIRA_KEY = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]+)-\d+(?![A-Za-z0-9])/g;

// Prefixes of common identifiers shaped like Jira keys (`UTF-8`, `SHA-256`, `CVE-2024-1234`, `ISO-8601`).
const NOT_JIRA_PROJECTS: ReadonlySet<string> = new Set([
  'UTF',
  'SHA',
  'ISO',
  'RFC',
  'CVE',
  'GHSA',
  'TLS',
  'MD5',
  'X509',
]);

/** The distinct Jira issue keys in the given texts, in order of first appearance. */
export function jiraKeysIn(...texts: readonly (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    for (const match of text.matchAll(JIRA_KEY)) {
      if (!NOT_JIRA_PROJECTS.has(match[1] ?? '')) keys.add(match[0]);
    }
  }
  return [...keys];
}

/**
 * Links of a pull request to the Jira issues its title and branch name mention: a
 * `tms_TaskPullRequestAssociation` per key, with a key-only `tms_Task` (source `Jira`) so the link
 * resolves before the Jira sync writes the issue itself.
 */
export function jiraLinkRows(repo: RepoName, number: number, keys: readonly string[]): FarosRow[] {
  return keys.flatMap((key) => [
    referenceRow('tms_Task', jiraTaskRef(key).key),
    row('tms_TaskPullRequestAssociation', { task: jiraTaskRef(key), pullRequest: pullRequestRef(repo, number) }),
  ]);
}
