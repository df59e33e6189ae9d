import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow } from '../converter-test-kit.js';
import { pullRequestStatsConverter } from './pull-request-stats.js';
import { reviewCommentsConverter } from './review-comments.js';

const repo = ref('vcs_Repository', {
  organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme' }),
  uid: 'web',
});

describe('pull_request_stats', () => {
  it('writes the diff size and counts onto the PR (comments and review comments summed)', () => {
    const rows = convert(pullRequestStatsConverter, {
      repository: 'Acme/Web',
      number: 42,
      additions: 120,
      deletions: 15,
      changed_files: 4,
      commits: 2,
      comments: 3,
      review_comments: 2,
    });
    expect(onlyRow(rows, 'vcs_PullRequest').values).toEqual({
      repository: repo,
      uid: '42',
      number: 42,
      diffStats: { linesAdded: 120, linesDeleted: 15, filesChanged: 4 },
      commitCount: 2,
      commentCount: 5,
    });
    expect(pullRequestStatsConverter.ownedModels).toEqual([]);
  });

  it('leaves sizes the record lacks alone', () => {
    const rows = convert(pullRequestStatsConverter, {
      repository: 'Acme/Web',
      number: 43,
      additions: null,
      commits: 1,
    });
    expect(onlyRow(rows, 'vcs_PullRequest').values).toEqual({
      repository: repo,
      uid: '43',
      number: 43,
      commitCount: 1,
    });
  });
});

describe('review_comments', () => {
  it('writes the comment under its PR, whatever the reactions shape', () => {
    for (const reactions of [{ plus_one: 1 }, { '+1': 1 }]) {
      const rows = convert(reviewCommentsConverter, {
        repository: 'Acme/Web',
        id: 9001,
        body: 'Extract a hook',
        pull_request_url: 'https://api.github.com/repos/Acme/Web/pulls/42',
        user: { login: 'bob' },
        created_at: '2024-02-02T10:00:00Z',
        updated_at: '2024-02-02T10:05:00Z',
        reactions,
      });
      expect(onlyRow(rows, 'vcs_PullRequestComment').values).toEqual({
        pullRequest: ref('vcs_PullRequest', { repository: repo, uid: '42' }),
        uid: '9001',
        number: 9001,
        comment: 'Extract a hook',
        createdAt: '2024-02-02T10:00:00.000Z',
        updatedAt: '2024-02-02T10:05:00.000Z',
        author: ref('vcs_User', { source: 'GitHub', uid: 'bob' }),
      });
    }
  });
});
