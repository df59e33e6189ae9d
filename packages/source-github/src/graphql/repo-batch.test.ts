import { describe, expect, it } from 'vitest';
import type { GithubOctokit } from '../client/github-client.js';
import { isForbidden, isMissing } from '../client/request-status.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import { RepoBatch } from './repo-batch.js';

const repo = (name: string) => ({ owner: 'acme', name, fullName: `acme/${name}` }) as SelectedRepository;
const [a, b, c] = [repo('a'), repo('b'), repo('c')];
const page = (login: string) => ({ pageInfo: { hasNextPage: false, endCursor: null }, nodes: [{ login }] });

/** An Octokit whose `graphql` answers as given and records the queries and variables it got. */
function octokitAnswering(answer: (query: string, variables: Record<string, unknown>) => unknown) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  const octokit = {
    graphql: async (query: string, variables: Record<string, unknown>) => {
      calls.push({ query, variables });
      return answer(query, variables);
    },
  } as unknown as GithubOctokit;
  return { octokit, calls };
}

describe('RepoBatch', () => {
  it('asks once for every repository of the batch, one alias each, and hands each its own page', async () => {
    const { octokit, calls } = octokitAnswering(() => ({ r0: { c: page('x') }, r1: { c: page('y') } }));
    const batch = new RepoBatch(octokit, [a, b], 'assignableUsers(first: 100) { nodes { login } }');
    expect(await batch.take(b)).toEqual(page('y'));
    expect(await batch.take(a)).toEqual(page('x'));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.variables).toEqual({ o0: 'acme', n0: 'a', o1: 'acme', n1: 'b' });
    expect(calls[0]?.query).toContain('r1: repository(owner: $o1, name: $n1) { c: assignableUsers(first: 100)');
  });

  it('gives a repository whose part failed its own error (NOT_FOUND, FORBIDDEN), the others their pages', async () => {
    const { octokit } = octokitAnswering(() => {
      throw Object.assign(new Error('partial'), {
        data: { r0: { c: page('x') }, r1: null, r2: { c: null } },
        errors: [
          { type: 'NOT_FOUND', path: ['r1'], message: "Could not resolve to a Repository with the name 'acme/b'." },
          { type: 'FORBIDDEN', path: ['r2', 'c'], message: 'Must have push access to view repository collaborators.' },
        ],
      });
    });
    const batch = new RepoBatch(octokit, [a, b, c], 'collaborators(first: 100) { edges { permission } }');
    expect(await batch.take(a)).toEqual(page('x'));
    const missing = await batch.take(b).catch((e: unknown) => e);
    expect(isMissing(missing)).toBe(true);
    const forbidden = await batch.take(c).catch((e: unknown) => e);
    expect(isForbidden(forbidden)).toBe(true);
    expect(isMissing(forbidden)).toBe(false);
  });

  it('rejects every repository when the whole query failed', async () => {
    const failure = Object.assign(new Error('rate limited'), { errors: [{ type: 'RATE_LIMITED', message: 'limit' }] });
    const { octokit } = octokitAnswering(() => {
      throw failure;
    });
    const batch = new RepoBatch(octokit, [a, b], 'refs(first: 100) { nodes { name } }');
    await expect(batch.take(a)).rejects.toBe(failure);
    await expect(batch.take(b)).rejects.toBe(failure);
  });
});
