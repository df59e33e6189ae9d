import type { GithubPullRequest, JiraIssue } from '../world/index.js';
import { formatJiraTime } from './jira-time.js';
import type { JiraView } from './jira-view.js';

// The "Development" field (`devsummarycf`): Jira keeps a summary of the development panel on each
// issue and sends it as a string: `{}` when nothing is linked, else Java's map text with the
// pull-request overall state and count, plus a `json=` part with the cached summary. Only pull
// requests are simulated (the dev-status endpoint serves nothing else).

type PullState = 'OPEN' | 'MERGED' | 'DECLINED';

const stateOf = (pull: GithubPullRequest): PullState =>
  pull.mergedAt !== null ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'DECLINED';

/** The issue's Development summary as Jira's issue APIs send it. */
export function renderDevSummary(view: JiraView, issue: JiraIssue): string {
  const pulls = view.site.derived().pulls.get(issue.id) ?? [];
  if (pulls.length === 0) return '{}';
  const states = pulls.map(stateOf);
  // The panel shows the most actionable state: any open one, else merged, else declined.
  const state: PullState = states.includes('OPEN') ? 'OPEN' : states.includes('MERGED') ? 'MERGED' : 'DECLINED';
  const stateCount = states.filter((s) => s === state).length;
  const lastUpdated = formatJiraTime(Math.max(...pulls.map((p) => p.updatedAt)));
  const cached = {
    cachedValue: {
      errors: [],
      summary: {
        pullrequest: {
          overall: {
            count: pulls.length,
            lastUpdated,
            stateCount,
            state,
            dataType: 'pullrequest',
            open: state === 'OPEN',
          },
          byInstanceType: { GitHub: { count: pulls.length, name: 'GitHub' } },
        },
      },
    },
    isStale: false,
  };
  return `{pullrequest={dataType=pullrequest, state=${state}, stateCount=${stateCount}}, json=${JSON.stringify(cached)}}`;
}
