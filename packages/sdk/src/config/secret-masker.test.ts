import { describe, expect, it } from 'vitest';
import { MASK, SecretMasker } from './secret-masker.js';

describe('SecretMasker', () => {
  it('masks a registered secret as it is', () => {
    const masker = new SecretMasker(['s3cr3t-token']);
    expect(masker.mask('token=s3cr3t-token; again s3cr3t-token.')).toBe(`token=${MASK}; again ${MASK}.`);
  });

  it('masks the URL-encoded form, with %20 or + for spaces', () => {
    const secret = 'p@ss word/+&=';
    const masker = new SecretMasker([secret]);
    const encoded = encodeURIComponent(secret);
    expect(encoded).not.toBe(secret);
    expect(masker.mask(`GET /login?pw=${encoded}&x=1`)).toBe(`GET /login?pw=${MASK}&x=1`);
    expect(masker.mask(`pw=${encoded.replace(/%20/g, '+')}`)).toBe(`pw=${MASK}`);
  });

  it('masks the JSON-escaped form, once and twice escaped', () => {
    const secret = 'quote"back\\slash\nline';
    const masker = new SecretMasker([secret]);
    const once = JSON.stringify({ password: secret });
    expect(masker.mask(once)).toBe(`{"password":"${MASK}"}`);
    const twice = JSON.stringify({ body: once });
    expect(masker.mask(twice)).toBe(JSON.stringify({ body: `{"password":"${MASK}"}` }));
    expect(masker.mask(twice)).not.toContain('slash');
  });

  it('masks the base64 form in a Basic authorization header', () => {
    const masker = new SecretMasker(['user:pa55word']);
    const header = `Authorization: Basic ${Buffer.from('user:pa55word').toString('base64')}`;
    expect(masker.mask(header)).toBe(`Authorization: Basic ${MASK}`);
  });

  it('strips credentials from URLs without any registered secret', () => {
    const masker = new SecretMasker();
    expect(masker.size).toBe(0);
    expect(masker.mask('cloning https://bot:ghp_xyz@github.com/org/repo.git')).toBe(
      'cloning https://github.com/org/repo.git',
    );
    expect(masker.mask('postgres://admin:pw@db:5432/x and https://token@host/')).toBe(
      'postgres://db:5432/x and https://host/',
    );
    expect(masker.mask('plain https://example.com/a@b')).toBe('plain https://example.com/a@b');
  });

  it('hides a longer secret whole when it contains a shorter one', () => {
    const masker = new SecretMasker(['abc', 'abcdef']);
    expect(masker.mask('x abcdef y abc')).toBe(`x ${MASK} y ${MASK}`);
  });

  it('treats regular-expression characters in secrets literally', () => {
    const masker = new SecretMasker(['a.b*c']);
    expect(masker.mask('a.b*c axbbbc')).toBe(`${MASK} axbbbc`);
  });

  it('accepts numbers and ignores empty or non-scalar values', () => {
    const masker = new SecretMasker([123456, '', null, undefined, { a: 1 }]);
    expect(masker.mask('pin 123456')).toBe(`pin ${MASK}`);
    expect(masker.mask('nothing else {"a":1}')).toBe('nothing else {"a":1}');
  });

  it('masks secrets added after a first mask call', () => {
    const masker = new SecretMasker(['first']);
    expect(masker.mask('first second')).toBe(`${MASK} second`);
    masker.add('second');
    expect(masker.mask('first second')).toBe(`${MASK} ${MASK}`);
  });
});
