import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow, ownedRows, referenceRows } from '../converter-test-kit.js';
import { pullRequestsConverter } from './pull-requests.js';

const org = ref('vcs_Organization', { source: 'GitHub', uid: 'acme-corp' });
const repo = ref('vcs_Repository', { organization: org, uid: 'web-app' });
const pr7 = ref('vcs_PullRequest', { repository: repo, uid: '7' });

const merged = {
  repository: 'Acme-Corp/Web-App',
  number: 7,
  state: 'closed',
  title: '[PROJ-12] Login form, see also OPS-3',
  html_url: 'https://github.com/Acme-Corp/Web-App/pull/7',
  user: { login: 'alice' },
  created_at: '2024-02-01T09:00:00Z',
  updated_at: '2024-02-03T15:30:00Z',
  merged_at: '2024-02-03T15:30:00Z',
  merge_commit_sha: 'ABCDEF0123',
  labels: [{ name: 'bug' }, null],
  requested_reviewers: [{ login: 'bob' }],
  head: { ref: 'feature/PROJ-12-login', repo_id: 1 },
};

describe('pull_requests', () => {
  it('writes a merged PR with its state, times, author and merge commit, keyed by repository and number', () => {
    const rows = convert(pullRequestsConverter, merged);
    expect(onlyRow(rows, 'vcs_PullRequest').values).toEqual({
      repository: repo,
      uid: '7',
      number: 7,
      title: '[PROJ-12] Login form, see also OPS-3',
      state: { category: 'Merged', detail: 'closed' },
      url: 'https://github.com/Acme-Corp/Web-App/pull/7',
      createdAt: '2024-02-01T09:00:00.000Z',
      updatedAt: '2024-02-03T15:30:00.000Z',
      mergedAt: '2024-02-03T15:30:00.000Z',
      author: ref('vcs_User', { source: 'GitHub', uid: 'alice' }),
      mergeCommit: ref('vcs_Commit', { repository: repo, uid: 'abcdef0123' }),
    });
    // Every row the PR points at exists at least as its key.
    expect(referenceRows(rows, 'vcs_Organization').map((r) => r.values)).toContainEqual(org.key);
    expect(referenceRows(rows, 'vcs_Repository').map((r) => r.values)).toContainEqual(repo.key);
    expect(referenceRows(rows, 'vcs_User').map((r) => r.values)).toEqual([
      { source: 'GitHub', uid: 'alice' },
      { source: 'GitHub', uid: 'bob' },
    ]);
    expect(referenceRows(rows, 'vcs_Commit').map((r) => r.values)).toEqual([{ repository: repo, uid: 'abcdef0123' }]);
  });

  it('links labels, requested reviewers and the Jira issues of the title and branch (each key once)', () => {
    const rows = convert(pullRequestsConverter, merged);
    expect(ownedRows(rows, 'vcs_PullRequestLabel').map((r) => r.values)).toEqual([
      { label: ref('vcs_Label', { name: 'bug' }), pullRequest: pr7 },
    ]);
    expect(ownedRows(rows, 'vcs_PullRequestReviewRequest').map((r) => r.values)).toEqual([
      { pullRequest: pr7, requestedReviewer: ref('vcs_User', { source: 'GitHub', uid: 'bob' }) },
    ]);
    expect(ownedRows(rows, 'tms_TaskPullRequestAssociation').map((r) => r.values)).toEqual([
      { task: ref('tms_Task', { source: 'Jira', uid: 'PROJ-12' }), pullRequest: pr7 },
      { task: ref('tms_Task', { source: 'Jira', uid: 'OPS-3' }), pullRequest: pr7 },
    ]);
    expect(referenceRows(rows, 'tms_Task').map((r) => r.values)).toEqual([
      { source: 'Jira', uid: 'PROJ-12' },
      { source: 'Jira', uid: 'OPS-3' },
    ]);
  });

  it("gives an open PR no merge commit (its merge_commit_sha is GitHub's test merge) and a null merge time", () => {
    const rows = convert(pullRequestsConverter, {
      ...merged,
      state: 'open',
      merged_at: null,
      user: null,
      labels: null,
      requested_reviewers: null,
      title: 'Dark mode',
      head: { ref: 'dark-mode' },
    });
    const values = onlyRow(rows, 'vcs_PullRequest').values;
    expect(values.state).toEqual({ category: 'Open', detail: 'open' });
    expect(values.mergedAt).toBeNull();
    expect(values).not.toHaveProperty('mergeCommit');
    expect(values).not.toHaveProperty('author');
    expect(rows.filter((r) => r.model === 'vcs_Commit' || r.model === 'tms_TaskPullRequestAssociation')).toEqual([]);
  });

  it('says Closed for a PR closed without merging', () => {
    const rows = convert(pullRequestsConverter, { ...merged, merged_at: null });
    expect(onlyRow(rows, 'vcs_PullRequest').values.state).toEqual({ category: 'Closed', detail: 'closed' });
  });

  it('rejects a record without a number or with a mistyped field, naming the field', () => {
    expect(() => convert(pullRequestsConverter, { ...merged, number: undefined })).toThrow(/field number/);
    expect(() => convert(pullRequestsConverter, { ...merged, title: 42 })).toThrow(/field title: expected a string/);
    expect(() => convert(pullRequestsConverter, { ...merged, repository: 'no-slash' })).toThrow(/field repository/);
    expect(() => convert(pullRequestsConverter, { ...merged, labels: [{ name: 3 }] })).toThrow(/field labels\.0\.name/);
  });
});
