import { afterAll, describe, expect, it } from 'vitest';
import { createGithubService, SANDBOX_RATE_LIMITS, type Sandbox, startSandbox } from '../src/index.js';
import type { GithubConnection } from './github-rest-kit.js';

async function graphqlLimit(sandbox: Sandbox): Promise<string | null> {
  const github = sandbox.connectionInfo().github as GithubConnection;
  const response = await fetch(`${github.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `bearer ${github.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ viewer { login } }' }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('x-ratelimit-limit');
}

describe("the GitHub simulator's GraphQL point budget", () => {
  const started: Sandbox[] = [];
  afterAll(() => Promise.all(started.map((s) => s.close())));

  it('is the sandbox budget by default, like REST (syncs of a large world never run out)', async () => {
    const sandbox = await startSandbox({ seed: 1, services: ['github'] });
    started.push(sandbox);
    expect(await graphqlLimit(sandbox)).toBe(String(SANDBOX_RATE_LIMITS.graphql));
  });

  it('follows createGithubService({rateLimits: {graphql}})', async () => {
    const sandbox = await startSandbox({
      seed: 1,
      registry: [createGithubService({ rateLimits: { graphql: 5000 } })],
      services: ['github'],
    });
    started.push(sandbox);
    expect(await graphqlLimit(sandbox)).toBe('5000');
  });
});
