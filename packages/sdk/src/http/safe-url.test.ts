import { describe, expect, it } from 'vitest';
import { authParts } from './http-auth.js';
import { joinUrl, urlWithParams } from './request-url.js';
import { headerSecrets, isSecretName, safeUrl, urlSecrets } from './safe-url.js';

describe('safeUrl', () => {
  it('removes URL credentials and masks secret-looking query values only', () => {
    expect(safeUrl('https://bot:pat123@ci.example.com/job/x?access_token=abc&page=2&author=me&apiKey=k#top')).toBe(
      'https://ci.example.com/job/x?access_token=****&page=2&author=me&apiKey=****#top',
    );
    expect(safeUrl('/relative?client_secret=s&sort_key=name')).toBe('/relative?client_secret=****&sort_key=name');
  });

  it('tells secret-looking names apart from ordinary ones', () => {
    for (const name of [
      'token',
      'access_token',
      'apiKey',
      'api-key',
      'X-Amz-Signature',
      'key',
      'Authorization',
      'password',
    ]) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['author', 'sort_key', 'page', 'monkey', 'q']) expect(isSecretName(name), name).toBe(false);
  });

  it('finds the secrets a URL and a header carry', () => {
    expect(urlSecrets('https://bot:p%40ss-word@h/x?token=tok-123&page=2')).toEqual([
      'bot:p@ss-word',
      'p@ss-word',
      'tok-123',
    ]);
    const basic = `Basic ${Buffer.from('me:secret-pw').toString('base64')}`;
    expect(headerSecrets('Authorization', basic)).toEqual([
      basic,
      Buffer.from('me:secret-pw').toString('base64'),
      'me:secret-pw',
      'secret-pw',
    ]);
    expect(headerSecrets('Accept', 'application/json')).toEqual([]);
  });
});

describe('request URLs and auth', () => {
  it('joins a base URL like axios and appends params', () => {
    expect(joinUrl('https://h/api/', '/issues')).toBe('https://h/api/issues');
    expect(joinUrl('https://h/api', 'https://other/x')).toBe('https://other/x');
    expect(urlWithParams('https://h/x?a=1#f', { b: [1, 2], c: undefined, d: true })).toBe(
      'https://h/x?a=1&b=1&b=2&d=true#f',
    );
  });

  it('builds auth headers and lists their secrets', () => {
    expect(authParts({ type: 'bearer', token: 't0k3n' }).headers).toEqual({ Authorization: 'Bearer t0k3n' });
    const basic = authParts({ type: 'basic', username: 'u', password: 'pw-secret' });
    expect(basic.headers).toEqual({ Authorization: `Basic ${Buffer.from('u:pw-secret').toString('base64')}` });
    expect(basic.secrets).toEqual(['u:pw-secret', 'pw-secret']);
    expect(authParts({ type: 'header', name: 'Authorization', value: 'token ghp_x1' }).secrets).toEqual([
      'token ghp_x1',
      'ghp_x1',
    ]);
  });
});
