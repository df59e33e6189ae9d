import type { Logger } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { selectedRepository } from '../../test/selected-repository.js';
import type { GithubOctokit } from '../client/github-client.js';
import type { RepositoryResolver, SelectedRepository } from '../repos/repository-resolver.js';
import { ChangeProbe, graphqlBaseOf, PROBE_BATCH } from './change-probe.js';

const repoOf = (i: number): SelectedRepository => selectedRepository(`acme/r${i}`);
const node = (oid: string) => ({
  pullRequests: { totalCount: 1, nodes: [{ updatedAt: '2024-01-01T00:00:00Z' }] },
  defaultBranchRef: { name: 'main', target: { oid } },
});

interface Call {
  baseUrl: string;
  query: string;
  variables: Record<string, string>;
}

/** A probe over `count` repositories whose GraphQL answers come from `answer` (per call). */
function probeOf(count: number, answer: (call: Call) => unknown) {
  const calls: Call[] = [];
  const warnings: string[] = [];
  const octokit = {
    request: async (_route: string, params: Call) => {
      calls.push(params);
      return { headers: { date: 'Tue, 02 Jan 2024 00:00:00 GMT' }, data: answer(params) };
    },
  } as unknown as GithubOctokit;
  const repositories = Array.from({ length: count }, (_, i) => repoOf(i));
  const resolver = { resolve: async () => ({ repositories, organizations: ['acme'], problems: [] }) };
  const logger = { warn: (m: string) => warnings.push(m) } as unknown as Logger;
  const probe = new ChangeProbe(
    octokit,
    resolver as unknown as RepositoryResolver,
    'https://ghe.example/api/v3',
    logger,
  );
  return { probe, calls, warnings, repositories };
}

describe('ChangeProbe', () => {
  it('asks once per run, 50 repositories per call as aliases, at the GraphQL root of the API', async () => {
    const { probe, calls, repositories } = probeOf(PROBE_BATCH + 3, ({ variables }) => {
      const data: Record<string, unknown> = {};
      for (const key of Object.keys(variables))
        if (key.startsWith('n')) data[`r${key.slice(1)}`] = node(variables[key] ?? '');
      return { data };
    });
    expect(await probe.fingerprint(repositories[0] as SelectedRepository, 'commits')).toBe('main@r0');
    expect(await probe.fingerprint(repositories[PROBE_BATCH + 2] as SelectedRepository, 'commits')).toBe(
      `main@r${PROBE_BATCH + 2}`,
    );
    expect(await probe.fingerprint(repositories[1] as SelectedRepository, 'pulls')).toBe(
      'pulls 1@2024-01-01T00:00:00Z',
    );
    expect(calls.map((c) => Object.keys(c.variables).length / 2)).toEqual([PROBE_BATCH, 3]);
    expect(calls[0]?.baseUrl).toBe('https://ghe.example/api');
    expect(calls[0]?.query).toContain('r49: repository(owner: $o49, name: $n49) { ...Probe }');
  });

  it('gives no fingerprint for a repository GitHub could not resolve, and keeps the others', async () => {
    const { probe, repositories } = probeOf(2, () => ({
      data: { r0: null, r1: node('b') },
      errors: [{ type: 'NOT_FOUND', path: ['r0'], message: 'Could not resolve' }],
    }));
    expect(await probe.fingerprint(repositories[0] as SelectedRepository, 'commits')).toBeUndefined();
    expect(await probe.fingerprint(repositories[1] as SelectedRepository, 'commits')).toBe('main@b');
  });

  it('gives no fingerprint at all when the probe fails, with a warning', async () => {
    const { probe, warnings, repositories } = probeOf(2, () => {
      throw new Error('boom');
    });
    expect(await probe.fingerprint(repositories[0] as SelectedRepository, 'commits')).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('change probe failed for 2 repositories (boom)')]);
  });

  it('finds GraphQL next to the REST root', () => {
    expect(graphqlBaseOf('https://api.github.com')).toBe('https://api.github.com');
    expect(graphqlBaseOf('https://ghe.example/api/v3')).toBe('https://ghe.example/api');
  });
});
