import { describe, expect, it } from 'vitest';
import type { FarosRow } from '../../models/faros-row.js';
import { convert, onlyRow, plain, referenceRows } from '../converter-test-kit.js';
import { buildsConverter } from '../jenkins/builds.js';
import { issuePullRequestsConverter } from '../jira/issue-pull-requests.js';
import { commitsConverter } from './commits.js';
import { pullRequestsConverter } from './pull-requests.js';

// Jira pull request links and Jenkins commit associations join the rows the GitHub converters
// write only if every source keys them alike, whatever the spelling of owner, name and sha.
const githubPullRequest = { repository: 'Acme-Corp/Web-App', number: 42, state: 'open', title: 'Login form' };
const jiraLinks = {
  issueKey: 'PROJ-2',
  pullRequests: [
    { id: '#42', url: 'https://github.com/ACME-CORP/web-app/pull/42', repositoryName: 'ACME-CORP/web-app' },
  ],
};
const sha = '9fceb02d0ae598e95dc970b74767f19372d61af8';
const githubCommit = { repository: 'Acme-Corp/Web-App', sha, commit: { message: 'Fix login' } };
const jenkinsBuild = {
  server: 'https://ci.example.com/',
  job: 'web-app',
  number: 7,
  commits: [{ sha: sha.toUpperCase(), remoteUrls: ['git@github.com:acme-corp/WEB-APP.git'] }],
};

/** The natural key of an owned row, as the reference another row would hold. */
const keyOf = (row: FarosRow, columns: readonly string[]) =>
  Object.fromEntries(columns.map((column) => [column, plain(row.values[column])]));
const keyRows = (rows: readonly FarosRow[], model: string) =>
  referenceRows(rows, model).map((r) => Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, plain(v)])));

describe('GitHub keys, as Jira and Jenkins records point at GitHub rows', () => {
  it('a Jira pull request link references the pull request the GitHub converter writes', () => {
    const pr = onlyRow(convert(pullRequestsConverter, githubPullRequest), 'vcs_PullRequest');
    const link = onlyRow(convert(issuePullRequestsConverter, jiraLinks), 'tms_TaskPullRequestAssociation');
    expect(plain(link.values.pullRequest)).toEqual({ vcs_PullRequest: keyOf(pr, ['repository', 'uid']) });
  });

  it('a Jenkins build references the commit the GitHub converter writes, whatever the sha case', () => {
    const commit = onlyRow(convert(commitsConverter, githubCommit), 'vcs_Commit');
    const association = onlyRow(convert(buildsConverter, jenkinsBuild), 'cicd_BuildCommitAssociation');
    expect(plain(association.values.commit)).toEqual({ vcs_Commit: keyOf(commit, ['repository', 'uid']) });
  });

  it('write the same key-only repository and organisation rows as the GitHub converters', () => {
    const github = convert(pullRequestsConverter, githubPullRequest);
    for (const rows of [convert(issuePullRequestsConverter, jiraLinks), convert(buildsConverter, jenkinsBuild)]) {
      for (const model of ['vcs_Organization', 'vcs_Repository']) {
        expect(keyRows(rows, model)).toEqual(keyRows(github, model));
        expect(keyRows(rows, model)).toHaveLength(1);
      }
    }
  });
});
