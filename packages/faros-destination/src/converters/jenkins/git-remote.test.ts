import { describe, expect, it } from 'vitest';
import { githubRepoOfRemote } from './git-remote.js';

describe('githubRepoOfRemote', () => {
  it.each([
    ['https://github.com/acme/web-app.git', 'acme', 'web-app'],
    ['https://github.com/acme/web-app', 'acme', 'web-app'],
    ['https://github.com/acme/web-app/', 'acme', 'web-app'],
    ['git@github.com:acme/web-app.git', 'acme', 'web-app'],
    ['ssh://git@github.com/acme/web-app.git', 'acme', 'web-app'],
    ['http://127.0.0.1:4010/Acme/Web.App.git', 'Acme', 'Web.App'],
  ])('reads %s', (remote, owner, name) => {
    expect(githubRepoOfRemote(remote)).toEqual({ owner, name });
  });

  it.each([
    'https://gitlab.example/group/sub/repo.git',
    'https://bitbucket.example/scm/proj/repo.git',
    'not a url',
    '',
  ])('rejects %s', (remote) => {
    expect(githubRepoOfRemote(remote)).toBeUndefined();
  });
});
