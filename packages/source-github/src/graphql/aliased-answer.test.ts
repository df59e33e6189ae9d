import { describe, expect, it } from 'vitest';
import type { GithubOctokit } from '../client/github-client.js';
import { isMissing } from '../client/request-status.js';
import { aliasedAnswer } from './aliased-answer.js';

const octokitThrowing = (error: unknown) =>
  ({ graphql: async () => Promise.reject(error) }) as unknown as GithubOctokit;

describe('aliasedAnswer', () => {
  it("gives each alias its data, or its own part's error while the others keep theirs", async () => {
    const partial = Object.assign(new Error('partial'), {
      data: { a0: { x: 1 }, a1: null, a2: { x: 3 } },
      errors: [{ type: 'NOT_FOUND', path: ['a1'], message: 'Could not resolve' }],
    });
    const parts = await aliasedAnswer(octokitThrowing(partial), 'query', {}, ['a0', 'a1', 'a2']);
    expect(parts.get('a0')).toEqual({ x: 1 });
    expect(parts.get('a2')).toEqual({ x: 3 });
    const failed = parts.get('a1');
    expect(failed).toBeInstanceOf(Error);
    expect(isMissing(failed)).toBe(true);
  });

  it('throws an error of the whole query (no data, or an error not under an alias)', async () => {
    const whole = Object.assign(new Error('rate limited'), {
      data: { a0: { x: 1 } },
      errors: [{ type: 'RATE_LIMITED' }],
    });
    await expect(aliasedAnswer(octokitThrowing(whole), 'query', {}, ['a0'])).rejects.toBe(whole);
    const network = new Error('socket hang up');
    await expect(aliasedAnswer(octokitThrowing(network), 'query', {}, ['a0'])).rejects.toBe(network);
  });
});
