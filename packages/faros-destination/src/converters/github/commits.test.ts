import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow } from '../converter-test-kit.js';
import { branchesConverter } from './branches.js';
import { commitsConverter } from './commits.js';
import { pullRequestCommitsConverter } from './pull-request-commits.js';
import { tagsConverter } from './tags.js';

const repo = ref('vcs_Repository', {
  organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme' }),
  uid: 'web',
});
const commit = ref('vcs_Commit', { repository: repo, uid: 'abc123' });
const record = {
  repository: 'Acme/Web',
  sha: 'ABC123',
  branch: 'main',
  created_at: '2024-02-03T15:30:00Z',
  html_url: 'https://github.com/Acme/Web/commit/abc123',
  commit: { message: 'Merge PROJ-12', author: { date: '2024-02-03T15:00:00Z' } },
  author: { login: 'alice' },
};

describe('commits, pull_request_commits, branches and tags', () => {
  it('writes a commit with message, URL, authoring time and author, and its branch link', () => {
    const rows = convert(commitsConverter, record);
    expect(onlyRow(rows, 'vcs_Commit').values).toEqual({
      ...commit.key,
      sha: 'abc123',
      message: 'Merge PROJ-12',
      url: 'https://github.com/Acme/Web/commit/abc123',
      createdAt: '2024-02-03T15:30:00.000Z',
      author: ref('vcs_User', { source: 'GitHub', uid: 'alice' }),
    });
    expect(onlyRow(rows, 'vcs_BranchCommitAssociation').values).toEqual({
      commit,
      branch: ref('vcs_Branch', { repository: repo, uid: 'main' }),
    });
  });

  it('takes the authoring time from commit.author.date in older records, and writes no branch link without branch', () => {
    const rows = convert(commitsConverter, { ...record, created_at: undefined, branch: null, author: null });
    const values = onlyRow(rows, 'vcs_Commit').values;
    expect(values.createdAt).toBe('2024-02-03T15:00:00.000Z');
    expect(values).not.toHaveProperty('author');
    expect(rows.filter((r) => r.model === 'vcs_BranchCommitAssociation')).toEqual([]);
  });

  it('links a pull request commit to the PR numbered pull_number, and writes the commit', () => {
    const rows = convert(pullRequestCommitsConverter, { ...record, branch: undefined, pull_number: 42 });
    expect(onlyRow(rows, 'vcs_PullRequestCommit').values).toEqual({
      pullRequest: ref('vcs_PullRequest', { repository: repo, uid: '42' }),
      commit,
    });
    expect(onlyRow(rows, 'vcs_Commit').values.message).toBe('Merge PROJ-12');
  });

  it('writes branches and tags (a tag points at its commit)', () => {
    const branch = onlyRow(convert(branchesConverter, { repository: 'Acme/Web', name: 'feature/x' }), 'vcs_Branch');
    expect(branch.values).toEqual({ repository: repo, uid: 'feature/x', name: 'feature/x' });
    const tag = onlyRow(
      convert(tagsConverter, { repository: 'Acme/Web', name: 'v1.0.0', commit: { sha: 'ABC123' } }),
      'vcs_Tag',
    );
    expect(tag.values).toEqual({ repository: repo, name: 'v1.0.0', commit });
    const bare = onlyRow(convert(tagsConverter, { repository: 'Acme/Web', name: 'v0', commit: null }), 'vcs_Tag');
    expect(bare.values).toEqual({ repository: repo, name: 'v0' });
  });
});
