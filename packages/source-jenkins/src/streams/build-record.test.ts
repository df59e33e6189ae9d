import { describe, expect, it } from 'vitest';
import { branchName, toBuildRecord } from './build-record.js';

describe('toBuildRecord', () => {
  it('reads causes, parameters and every BuildData checkout, deduplicated', () => {
    const data = (sha: string, ref: string, remote: string) => ({
      _class: 'hudson.plugins.git.util.BuildData',
      lastBuiltRevision: { SHA1: sha, branch: [{ name: ref }] },
      remoteUrls: [remote],
    });
    const record = toBuildRecord(
      {
        number: 7,
        result: null,
        timestamp: 1000,
        duration: 0,
        actions: [
          { _class: 'hudson.model.CauseAction', causes: [{ shortDescription: 'Started by user A', userId: 'a' }] },
          {},
          null,
          { _class: 'hudson.model.ParametersAction', parameters: [{ name: 'DEPLOY', value: false }] },
          data('abc', 'refs/remotes/origin/main', 'https://github.com/o/app.git'),
          data('def', 'PR-24', 'https://github.com/o/lib.git'),
          data('abc', 'refs/remotes/origin/main', 'https://github.com/o/app.git'),
        ],
      },
      'team/app',
      'http://ci/',
    );
    expect(record).toMatchObject({
      job: 'team/app',
      number: 7,
      id: '7',
      result: null,
      building: true,
      causes: [{ shortDescription: 'Started by user A', userId: 'a' }],
      parameters: [{ name: 'DEPLOY', value: false }],
      commits: [
        { sha: 'abc', branch: 'main', remoteUrls: ['https://github.com/o/app.git'] },
        { sha: 'def', branch: 'PR-24', remoteUrls: ['https://github.com/o/lib.git'] },
      ],
      server: 'http://ci/',
    });
  });

  it('strips remote and head prefixes from branch names only', () => {
    expect(branchName('refs/remotes/upstream/feature/x')).toBe('feature/x');
    expect(branchName('refs/heads/main')).toBe('main');
    expect(branchName('main')).toBe('main');
    expect(branchName(undefined)).toBeNull();
  });
});
