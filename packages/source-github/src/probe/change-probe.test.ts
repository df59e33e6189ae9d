import type { Logger } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { selectedRepository } from '../../test/selected-repository.js';
import type { GithubOctokit } from '../client/github-client.js';
import { REPOSITORIES_PER_QUERY } from '../graphql/repo-batch-stream.js';
import type { RepositoryResolver, SelectedRepository } from '../repos/repository-resolver.js';
import { ChangeProbe, graphqlBaseOf, PROBE_BATCH, SHARED_ITEMS_HELD } from './change-probe.js';

// A read of the probe-watching streams alone: no snapshot stream selected.
const NONE_SHARED: ReadonlySet<string> = new Set(['pull_requests']);

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
    expect(await probe.fingerprint(repositories[0] as SelectedRepository, 'commits', NONE_SHARED)).toBe('main@r0');
    expect(await probe.fingerprint(repositories[PROBE_BATCH + 2] as SelectedRepository, 'commits', NONE_SHARED)).toBe(
      `main@r${PROBE_BATCH + 2}`,
    );
    expect(await probe.fingerprint(repositories[1] as SelectedRepository, 'pulls', NONE_SHARED)).toBe(
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
    expect(await probe.fingerprint(repositories[0] as SelectedRepository, 'commits', NONE_SHARED)).toBeUndefined();
    expect(await probe.fingerprint(repositories[1] as SelectedRepository, 'commits', NONE_SHARED)).toBe('main@b');
  });

  it('gives no fingerprint at all when the probe fails, with a warning', async () => {
    const { probe, warnings, repositories } = probeOf(2, () => {
      throw new Error('boom');
    });
    expect(await probe.fingerprint(repositories[0] as SelectedRepository, 'commits', NONE_SHARED)).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('change probe failed for 2 repositories (boom)')]);
  });

  it('carries the first pages of the selected shared streams, 25 repositories a call, each handed over once', async () => {
    const { probe, calls, repositories } = probeOf(REPOSITORIES_PER_QUERY + 1, ({ variables }) => {
      const data: Record<string, unknown> = {};
      for (const key of Object.keys(variables)) {
        if (!key.startsWith('n')) continue;
        const login = variables[key] ?? '';
        data[`r${key.slice(1)}`] = { ...node(login), s_assignees: { pageInfo: {}, nodes: [{ login }] } };
      }
      return { data };
    });
    probe.share('assignees', 'assignableUsers(first: 100) { nodes { login } }');
    probe.share('tags', 'refs(first: 100, refPrefix: "refs/tags/") { nodes { name } }');
    const selected = new Set(['assignees', 'pull_requests']);
    const last = repositories[REPOSITORIES_PER_QUERY] as SelectedRepository;
    expect(await probe.takePage(last, 'assignees', selected)).toEqual({ pageInfo: {}, nodes: [{ login: 'r25' }] });
    // Handed over once; never for a stream not selected.
    expect(await probe.takePage(last, 'assignees', selected)).toBeUndefined();
    expect(await probe.takePage(last, 'tags', selected)).toBeUndefined();
    expect(await probe.fingerprint(last, 'commits', selected)).toBe('main@r25');
    expect(calls.map((c) => Object.keys(c.variables).length / 2)).toEqual([REPOSITORIES_PER_QUERY, 1]);
    expect(calls[0]?.query).toContain('s_assignees: assignableUsers(first: 100)');
    expect(calls[0]?.query).not.toContain('refs/tags/');
  });

  it('gives a shared page its own error, and keeps the fingerprints; a missing repository errs for both', async () => {
    const { probe, repositories } = probeOf(2, () => ({
      data: { r0: { ...node('a'), s_collaborators: null }, r1: null },
      errors: [
        { type: 'FORBIDDEN', path: ['r0', 's_collaborators'], message: 'Must have push access' },
        { type: 'NOT_FOUND', path: ['r1'], message: 'Could not resolve' },
      ],
    }));
    probe.share('collaborators', 'collaborators(first: 100) { edges { permission } }');
    const selected = new Set(['collaborators']);
    const [forbidden, missing] = repositories as [SelectedRepository, SelectedRepository];
    const page = await probe.takePage(forbidden, 'collaborators', selected);
    expect(page).toBeInstanceOf(Error);
    expect((page as { errors?: unknown }).errors).toEqual([expect.objectContaining({ type: 'FORBIDDEN' })]);
    expect(await probe.fingerprint(forbidden, 'commits', selected)).toBe('main@a');
    const gone = await probe.takePage(missing, 'collaborators', selected);
    expect((gone as { errors?: unknown }).errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND' })]);
    expect(await probe.fingerprint(missing, 'commits', selected)).toBeUndefined();
  });

  it('stops carrying pages once it holds its budget of items: later repositories are probed 50 a call', async () => {
    const many = Array.from({ length: SHARED_ITEMS_HELD / REPOSITORIES_PER_QUERY }, (_, i) => ({ login: `u${i}` }));
    const { probe, calls, repositories } = probeOf(REPOSITORIES_PER_QUERY + PROBE_BATCH, ({ variables, query }) => {
      const data: Record<string, unknown> = {};
      for (const key of Object.keys(variables)) {
        if (!key.startsWith('n')) continue;
        const pages = query.includes('s_assignees') ? { s_assignees: { pageInfo: {}, nodes: many } } : {};
        data[`r${key.slice(1)}`] = { ...node(variables[key] ?? ''), ...pages };
      }
      return { data };
    });
    probe.share('assignees', 'assignableUsers(first: 100) { nodes { login } }');
    const selected = new Set(['assignees']);
    const beyond = repositories[REPOSITORIES_PER_QUERY] as SelectedRepository;
    expect(await probe.takePage(beyond, 'assignees', selected)).toBeUndefined();
    expect(await probe.fingerprint(beyond, 'commits', selected)).toBe(`main@r${REPOSITORIES_PER_QUERY}`);
    expect(calls.map((c) => [Object.keys(c.variables).length / 2, c.query.includes('s_assignees')])).toEqual([
      [REPOSITORIES_PER_QUERY, true],
      [PROBE_BATCH, false],
    ]);
    expect((await probe.takePage(repositories[0] as SelectedRepository, 'assignees', selected)) as object).toEqual({
      pageInfo: {},
      nodes: many,
    });
  });

  it('asks again without the shared pages when the query carrying them fails as a whole', async () => {
    const { probe, calls, warnings, repositories } = probeOf(1, ({ query }) => {
      if (query.includes('s_tags')) return { errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message: 'too many nodes' }] };
      return { data: { r0: node('a') } };
    });
    probe.share('tags', 'refs(first: 100, refPrefix: "refs/tags/") { nodes { name } }');
    const selected = new Set(['tags']);
    const repo = repositories[0] as SelectedRepository;
    expect(await probe.takePage(repo, 'tags', selected)).toBeUndefined();
    expect(await probe.fingerprint(repo, 'commits', selected)).toBe('main@a');
    expect(calls.map((c) => c.query.includes('s_tags'))).toEqual([true, false]);
    expect(warnings).toEqual([expect.stringContaining('(too many nodes); probing without them')]);
  });

  it('finds GraphQL next to the REST root', () => {
    expect(graphqlBaseOf('https://api.github.com')).toBe('https://api.github.com');
    expect(graphqlBaseOf('https://ghe.example/api/v3')).toBe('https://ghe.example/api');
  });
});
