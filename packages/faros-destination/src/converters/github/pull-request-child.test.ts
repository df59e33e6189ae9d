import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { pullRequestChild } from './pull-request-child.js';

const repo = ref('vcs_Repository', {
  organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme-corp' }),
  uid: 'web-app',
});

describe('pullRequestChild', () => {
  it('keys the row by its pull request (from the URL) and id, with its writer', () => {
    const child = pullRequestChild({
      repository: 'Acme-Corp/Web-App',
      pull_request_url: 'https://api.github.com/repos/Acme-Corp/Web-App/pulls/7',
      id: 501,
      user: { login: 'bob' },
    });
    expect(child.key).toEqual({
      pullRequest: ref('vcs_PullRequest', { repository: repo, uid: '7' }),
      uid: '501',
      number: 501,
    });
    expect(child.user).toEqual(ref('vcs_User', { source: 'GitHub', uid: 'bob' }));
    expect(child.references.map((r) => [r.model, r.referenceOnly])).toEqual([
      ['vcs_Organization', true],
      ['vcs_Repository', true],
      ['vcs_PullRequest', true],
      ['vcs_User', true],
    ]);
  });

  it('has no writer when the account is gone, and names a missing id', () => {
    const record = { repository: 'a/b', pull_number: 3, id: 9, user: null };
    expect(pullRequestChild(record).user).toBeUndefined();
    expect(pullRequestChild(record).references.map((r) => r.model)).not.toContain('vcs_User');
    expect(() => pullRequestChild({ ...record, id: undefined })).toThrow('field id: required but missing');
  });
});
