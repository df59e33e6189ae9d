import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse-dockerfile.js';

describe('parseDockerfile', () => {
  it('reads the last stage: FROM, exec-form ENTRYPOINT, ENV and LABEL pairs, USER, WORKDIR', () => {
    const parsed = parseDockerfile(
      [
        'FROM debian:12 AS build',
        'USER builder',
        '# a comment',
        'FROM node:24-slim',
        'ENV A=1 B="two words" \\',
        '    C=3',
        'ENV LEGACY some value',
        'LABEL x.name="a/b" \\',
        '  # a comment inside a continuation',
        '  x.version=1.0',
        'ENTRYPOINT ["/bin/run", "--flag"]',
        'workdir /app',
        'USER app',
      ].join('\n'),
    );
    expect(parsed.from).toBe('node:24-slim');
    expect(parsed.env).toEqual({ A: '1', B: 'two words', C: '3', LEGACY: 'some value' });
    expect(parsed.labels).toEqual({ 'x.name': 'a/b', 'x.version': '1.0' });
    expect(parsed.entrypoint).toEqual(['/bin/run', '--flag']);
    expect(parsed.user).toBe('app');
    expect(parsed.workdir).toBe('/app');
    expect(parsed.instructions.map((i) => i.keyword)).toEqual([
      'FROM',
      'USER',
      'FROM',
      'ENV',
      'ENV',
      'LABEL',
      'ENTRYPOINT',
      'WORKDIR',
      'USER',
    ]);
    expect(parsed.instructions.find((i) => i.keyword === 'LABEL')?.line).toBe(8);
  });

  it('keeps a shell-form ENTRYPOINT as text and leaves USER unset when the stage sets none', () => {
    const parsed = parseDockerfile('FROM a\nUSER x\nFROM b\nENTRYPOINT node /app/main.js\n');
    expect(parsed.entrypoint).toBe('node /app/main.js');
    expect(parsed.user).toBeUndefined();
  });

  it('refuses pairs it cannot read and non-string exec forms', () => {
    expect(() => parseDockerfile('FROM a\nENV A=1 "B"\n')).toThrow(/line 2: cannot read ENV/);
    expect(() => parseDockerfile('FROM a\nENTRYPOINT ["a", 1]\n')).toThrow(/not a JSON array of strings/);
  });
});
