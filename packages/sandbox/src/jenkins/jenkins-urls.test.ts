import { describe, expect, it } from 'vitest';
import { buildUrl, encodeItemName, itemPath, parseJenkinsPath } from './jenkins-urls.js';

describe('encodeItemName', () => {
  it('leaves letters, digits, dot, dash and underscore alone and encodes the rest as UTF-8', () => {
    expect(encodeItemName('web-app_2.x')).toBe('web-app_2.x');
    expect(encodeItemName('Release Engineering')).toBe('Release%20Engineering');
    expect(encodeItemName('feature%2Ffoo')).toBe('feature%252Ffoo');
    expect(encodeItemName('é✓')).toBe('%C3%A9%E2%9C%93');
    // reserved characters encodeURIComponent keeps are encoded too
    expect(encodeItemName("a!b'c(d)e*f~")).toBe('a%21b%27c%28d%29e%2Af%7E');
  });
});

describe('item and build URLs', () => {
  it('nest job/ segments with trailing slashes', () => {
    expect(itemPath('a/Release Engineering/feature%2Fx')).toBe('job/a/job/Release%20Engineering/job/feature%252Fx/');
    expect(buildUrl('http://h:1/', 'a/b', 45)).toBe('http://h:1/job/a/job/b/45/');
  });
});

describe('parseJenkinsPath', () => {
  it('reads the root, the crumb issuer, items, builds and permalinks', () => {
    expect(parseJenkinsPath('/api/json')).toEqual({ kind: 'root' });
    expect(parseJenkinsPath('/api/json/')).toEqual({ kind: 'root' });
    expect(parseJenkinsPath('/crumbIssuer/api/json')).toEqual({ kind: 'crumbIssuer' });
    expect(parseJenkinsPath('/job/a/job/Release%20Engineering/api/json')).toEqual({
      kind: 'item',
      path: ['a', 'Release Engineering'],
    });
    expect(parseJenkinsPath('/job/a/job/feature%252Fx/12/api/json')).toEqual({
      kind: 'build',
      path: ['a', 'feature%2Fx'],
      build: 12,
    });
    expect(parseJenkinsPath('/job/a/lastSuccessfulBuild/api/json')).toEqual({
      kind: 'build',
      path: ['a'],
      build: 'lastSuccessfulBuild',
    });
  });

  it.each([
    '/',
    '/api/xml',
    '/job/a',
    '/job/a/',
    '/job//api/json',
    '/job/%E0%A4%A/api/json',
    '/job/a/0/api/json',
    '/job/a/012/api/json',
    '/job/a/12/x/api/json',
    '/job/a/nextBuild/api/json',
    '/view/all/api/json',
    '/crumbIssuer/x/api/json',
  ])('gives nothing for %s', (path) => {
    expect(parseJenkinsPath(path)).toBeUndefined();
  });
});
