import { describe, expect, it } from 'vitest';
import { convert, fixture, plain, rowsOf, testContext } from '../converter-test-kit.js';
import { issuePullRequestsConverter } from './issue-pull-requests.js';

const pr = (owner: string, repo: string, number: number) => ({
  vcs_PullRequest: {
    repository: { vcs_Repository: { organization: { vcs_Organization: { source: 'GitHub', uid: owner } }, uid: repo } },
    uid: String(number),
  },
});

describe('issue_pull_requests converter', () => {
  const [twoLinks, none, bitbucket] = fixture('jira', 'issue_pull_requests');

  it('links the task to each GitHub pull request, by URL or by repository name and id', () => {
    const rows = convert(issuePullRequestsConverter, twoLinks);
    const links = rowsOf(rows, 'tms_TaskPullRequestAssociation');
    expect(links.map((l) => plain(l.values.task))).toEqual([
      { tms_Task: { source: 'Jira', uid: 'PROJ-2' } },
      { tms_Task: { source: 'Jira', uid: 'PROJ-2' } },
    ]);
    // GitHub names are case-insensitive: keys are lower-case, as the GitHub converters write them.
    expect(links.map((l) => plain(l.values.pullRequest))).toEqual([
      pr('acme', 'web-app', 42),
      pr('acme', 'auth-lib', 7),
    ]);
    const refs = rows.filter((r) => r.model !== 'tms_TaskPullRequestAssociation');
    expect(refs.every((r) => r.referenceOnly)).toBe(true);
  });

  it('writes no link for an issue without pull requests', () => {
    expect(rowsOf(convert(issuePullRequestsConverter, none), 'tms_TaskPullRequestAssociation')).toEqual([]);
  });

  it('skips, with a warning, pull requests of other hosts', () => {
    const context = testContext();
    expect(rowsOf(convert(issuePullRequestsConverter, bitbucket, context), 'tms_TaskPullRequestAssociation')).toEqual(
      [],
    );
    expect(context.warnings).toHaveLength(1);
  });

  it('rejects a record without issueKey', () => {
    expect(() => convert(issuePullRequestsConverter, { issueId: '1', pullRequests: [] })).toThrow(/^field issueKey: /);
  });
});
