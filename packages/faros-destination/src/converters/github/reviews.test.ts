import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow, referenceRows } from '../converter-test-kit.js';
import { reviewsConverter } from './reviews.js';

const repo = ref('vcs_Repository', {
  organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme' }),
  uid: 'api',
});
const review = {
  repository: 'acme/api',
  id: 8001,
  user: { login: 'bob' },
  state: 'CHANGES_REQUESTED',
  html_url: 'https://github.com/acme/api/pull/5#pullrequestreview-8001',
  pull_request_url: 'https://api.github.com/repos/acme/api/pulls/5',
  submitted_at: '2024-02-02T10:00:00Z',
};

describe('reviews', () => {
  it('writes the review under the PR its URL names, with state category, submission time and reviewer', () => {
    const rows = convert(reviewsConverter, review);
    const pullRequest = ref('vcs_PullRequest', { repository: repo, uid: '5' });
    expect(onlyRow(rows, 'vcs_PullRequestReview').values).toEqual({
      pullRequest,
      uid: '8001',
      number: 8001,
      url: 'https://github.com/acme/api/pull/5#pullrequestreview-8001',
      state: { category: 'ChangesRequested', detail: 'CHANGES_REQUESTED' },
      submittedAt: '2024-02-02T10:00:00.000Z',
      reviewer: ref('vcs_User', { source: 'GitHub', uid: 'bob' }),
    });
    expect(referenceRows(rows, 'vcs_PullRequest').map((r) => r.values)).toEqual([pullRequest.key]);
  });

  it.each([
    ['APPROVED', 'Approved'],
    ['COMMENTED', 'Commented'],
    ['DISMISSED', 'Dismissed'],
    ['PENDING', 'Custom'],
  ])('maps %s to %s', (state, category) => {
    const rows = convert(reviewsConverter, { ...review, state });
    expect(onlyRow(rows, 'vcs_PullRequestReview').values.state).toEqual({ category, detail: state });
  });

  it('finds the PR in _links when pull_request_url is null, and accepts a deleted reviewer', () => {
    const rows = convert(reviewsConverter, {
      ...review,
      user: null,
      pull_request_url: null,
      _links: { pull_request: { href: 'https://api.github.com/repos/acme/api/pulls/9' } },
    });
    const values = onlyRow(rows, 'vcs_PullRequestReview').values;
    expect(values.pullRequest).toEqual(ref('vcs_PullRequest', { repository: repo, uid: '9' }));
    expect(values).not.toHaveProperty('reviewer');
  });

  it('rejects a review whose pull request cannot be found', () => {
    expect(() => convert(reviewsConverter, { ...review, pull_request_url: null })).toThrow(/pull_request_url/);
  });
});
