import type { JiraRecord } from '../jira-context.js';

// Jira's "Development" field (type `...jira-development-integration-plugin:devsummarycf` on Cloud,
// `...:devsummary` on Data Center) summarises the development panel: `{}` when nothing is linked,
// else map text such as `{pullrequest={dataType=pullrequest, state=MERGED, stateCount=1}, json={...
// "isStale":false}}` (older Data Center: `PullRequestOverallDetails{openCount=…, mergedCount=…,
// declinedCount=…}`). Atlassian documents no format, so only these readings are trusted; anything
// else counts as "may have pull requests". Faros' Jira source and Airbyte's older one decide from the
// same text whether to ask dev-status (the patterns above are the ones they match).
const DEV_SUMMARY_TYPE = /[.:]jira-development-integration-plugin:devsummary(cf)?$/;

/** Id of the site's Development summary field, if it has one. */
export function devSummaryFieldId(fields: readonly JiraRecord[]): string | undefined {
  for (const field of fields) {
    const schema = field.schema as { custom?: unknown } | undefined;
    if (typeof field.id === 'string' && typeof schema?.custom === 'string' && DEV_SUMMARY_TYPE.test(schema.custom))
      return field.id;
  }
  return undefined;
}

/**
 * False only when the summary says that no pull request is linked (`{}`, zero counts, or a fresh
 * summary without a pull-request part); true or undefined (unknown: absent, null, stale, another
 * format) mean the development panel must be asked.
 */
export function mayLinkPullRequests(summary: unknown): boolean | undefined {
  if (typeof summary !== 'string') return undefined;
  const text = summary.trim();
  if (text === '{}') return false;
  const details = /PullRequestOverallDetails\{openCount=(\d+), mergedCount=(\d+), declinedCount=(\d+)\}/.exec(text);
  if (details) return details.slice(1).some((n) => Number(n) > 0);
  if (/pullrequest/i.test(text)) return true;
  // Another kind of development data only (branches, commits, builds): trust it when not stale.
  return /"isStale"\s*:\s*false/.test(text) ? false : undefined;
}
