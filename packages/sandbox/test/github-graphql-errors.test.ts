import { describe, expect, it } from 'vitest';
import { createGithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { createWorld } from '../src/world/index.js';
import { busiestRepository, dataOf, graphql, viewerOf } from './github-graphql-call.js';

const world = createWorld({ seed: 7, scale: 'small' });
const repo = busiestRepository(world);
const login = [...world.github.users.values()].find((u) => u.type === 'User')?.login ?? 'nobody';
const viewer = viewerOf(login);

function endpointAt(clock: { now: number }, pointsPerHour?: number) {
  return createGithubGraphqlEndpoint(world, { now: () => clock.now, ...(pointsPerHour ? { pointsPerHour } : {}) });
}

describe('bodies GitHub refuses', () => {
  const endpoint = endpointAt({ now: 1_000_000 });

  it('answers 400 to a body that is not JSON or has no query, with rate-limit headers', async () => {
    for (const [body, message] of [
      ['{"query": ', 'Problems parsing JSON'],
      [Buffer.from('not json'), 'Problems parsing JSON'],
      [{ variables: {} }, 'A query attribute must be specified and must be a string.'],
      [JSON.stringify({ query: 42 }), 'A query attribute must be specified and must be a string.'],
    ] as const) {
      const answer = await endpoint.handle(body, viewer);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ message, documentation_url: 'https://docs.github.com/graphql' });
      expect(answer.headers).toMatchObject({ 'x-ratelimit-resource': 'graphql', 'x-ratelimit-limit': '5000' });
    }
  });

  it('answers a syntax error with 200, errors and no data', async () => {
    const answer = await endpoint.handle(JSON.stringify({ query: '{ viewer { login }' }), viewer);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      errors: [{ locations: [{ line: 1, column: 19 }], message: 'Syntax Error: Expected Name, found <EOF>.' }],
    });
  });

  it('answers a field the schema lacks with a validation error', async () => {
    const answer = await graphql(endpoint, viewer, '{ viewer { loginn } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.message).toMatch(/^Cannot query field "loginn" on type "User"\./);
  });
});

describe('pagination limits and the node limit', () => {
  it('refuses a missing or out-of-range first before running, and charges nothing', async () => {
    const clock = { now: 5_000_000 };
    const endpoint = endpointAt(clock);
    const vars = { owner: repo.owner, name: repo.name };
    const missing = await graphql(
      endpoint,
      viewer,
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { pullRequests { nodes { number } } } }',
      vars,
    );
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual({
      errors: [
        {
          type: 'MISSING_PAGINATION_BOUNDARIES',
          path: ['repository', 'pullRequests'],
          message: 'You must provide a `first` or `last` value to properly paginate the `pullRequests` connection.',
        },
      ],
    });
    const excessive = await graphql(
      endpoint,
      viewer,
      'query($owner: String!, $name: String!, $n: Int) { repository(owner: $owner, name: $name) { pullRequests(first: $n) { nodes { number } } } }',
      { ...vars, n: 101 },
    );
    expect(excessive.body.errors?.[0]).toMatchObject({
      type: 'EXCESSIVE_PAGINATION',
      message: 'Requesting 101 records on the `pullRequests` connection exceeds the `first` limit of 100 records.',
    });
    expect(excessive.headers['x-ratelimit-used']).toBe('0');
  });

  it('refuses a query that could return more than 500,000 nodes', async () => {
    const answer = await graphql(
      endpointAt({ now: 0 }),
      viewer,
      `{ viewer { repositories(first: 100) { nodes {
      pullRequests(first: 100) { nodes { labels(first: 51) { nodes { name } } } } } } } }`,
    );
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.map((e) => e.type)).toEqual(['MAX_NODE_LIMIT_EXCEEDED']);
  });

  it('refuses a cursor it did not issue, on that field only', async () => {
    const answer = await graphql(
      endpointAt({ now: 0 }),
      viewer,
      `query($owner: String!, $name: String!) {
      repository(owner: $owner, name: $name) { name pullRequests(first: 1, after: "Zm9v") { totalCount } } }`,
      { owner: repo.owner, name: repo.name },
    );
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        type: 'INVALID_CURSOR_ARGUMENTS',
        path: ['repository', 'pullRequests'],
        message: '`Zm9v` does not appear to be a valid cursor.',
      }),
    ]);
  });
});

describe('costs and the hourly budget', () => {
  it('charges the documented cost and reports it in rateLimit and the headers', async () => {
    const clock = { now: 10_000_000 };
    const endpoint = endpointAt(clock);
    const query = `{ rateLimit { cost limit remaining used resetAt nodeCount }
      viewer { repositories(first: 100) { nodes { pullRequests(first: 100) { nodes { labels(first: 10) { totalCount } } } } } } }`;
    const first = await graphql(endpoint, viewer, query);
    // 1 + 100 + 100 × 100 connection requests, over 100, rounded.
    const cost = Math.round((1 + 100 + 100 * 100) / 100);
    expect(dataOf(first).rateLimit).toEqual({
      cost,
      limit: 5000,
      remaining: 5000 - cost,
      used: cost,
      resetAt: new Date(clock.now + 3_600_000).toISOString().replace('.000Z', 'Z'),
      nodeCount: 100 + 100 * 100 + 100 * 100 * 10,
    });
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(5000 - cost),
      'x-ratelimit-used': String(cost),
      'x-ratelimit-reset': String(Math.ceil((clock.now + 3_600_000) / 1000)),
      'x-ratelimit-resource': 'graphql',
    });
    const dry = await graphql(endpoint, viewer, '{ rateLimit(dryRun: true) { cost remaining } }');
    expect(dataOf(dry).rateLimit).toEqual({ cost: 1, remaining: 5000 - cost });
  });

  it('answers RATE_LIMITED on HTTP 200 once the budget is spent, until the hour is over', async () => {
    const clock = { now: 20_000_000 };
    const endpoint = endpointAt(clock, 3);
    for (let i = 0; i < 3; i++)
      expect(dataOf(await graphql(endpoint, viewer, '{ viewer { login } }'))).toEqual({ viewer: { login } });
    const limited = await graphql(endpoint, viewer, '{ viewer { login } }');
    expect(limited.status).toBe(200);
    expect(limited.body).toEqual({
      errors: [
        { type: 'RATE_LIMITED', message: `API rate limit exceeded for user ID ${world.github.users.get(login)?.id}.` },
      ],
    });
    expect(limited.headers).toMatchObject({ 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '3' });
    // Another viewer has a budget of its own.
    expect(dataOf(await graphql(endpoint, viewerOf('someone-else'), '{ viewer { login } }'))).toEqual({
      viewer: { login: 'someone-else' },
    });
    clock.now += 3_600_000;
    expect(dataOf(await graphql(endpoint, viewer, '{ viewer { login } }'))).toEqual({ viewer: { login } });
  });
});

describe('what the viewer may not see, and what the simulator does not model', () => {
  const endpoint = endpointAt({ now: 0 });

  it('answers NOT_FOUND for a repository the viewer cannot see, as for one that does not exist', async () => {
    const query =
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { name } viewer { login } }';
    for (const [who, name] of [
      [viewerOf(login, [repo.fullName]), repo.name],
      [viewer, 'no-such-repository'],
    ] as const) {
      const answer = await graphql(endpoint, who, query, { owner: repo.owner, name });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        data: { repository: null, viewer: { login } },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository'],
            locations: [{ line: 1, column: query.indexOf('repository(') + 1 }],
            message: `Could not resolve to a Repository with the name '${repo.owner}/${name}'.`,
          },
        ],
      });
    }
  });

  it('answers each unknown id of nodes() with null and its own NOT_FOUND', async () => {
    const pr = world.github.pullRequests.group(repo.fullName)[0];
    const answer = await graphql(endpoint, viewer, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: ['bm9wZQ==', Buffer.from(`011:PullRequest${pr?.id}`).toString('base64')],
    });
    expect(answer.body.data).toEqual({
      nodes: [null, { id: Buffer.from(`011:PullRequest${pr?.id}`).toString('base64') }],
    });
    expect(answer.body.errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND', path: ['nodes', 0] })]);
  });

  it('refuses viewer to an installation token, as GitHub does', async () => {
    const answer = await graphql(endpoint, viewerOf('sandbox-app[bot]', [], 'installation'), '{ viewer { login } }');
    expect(answer.body).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          type: 'FORBIDDEN',
          message: 'Resource not accessible by integration',
          path: ['viewer'],
        }),
      ],
    });
  });

  it('gives null for an unmodelled nullable field and a clear error for a non-null one', async () => {
    const query = `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) {
      name codeOfConduct { name } stargazerCount } }`;
    const answer = await graphql(endpoint, viewer, query, { owner: repo.owner, name: repo.name });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: { repository: null },
      errors: [
        expect.objectContaining({
          type: 'UNSUPPORTED_BY_SANDBOX',
          path: ['repository', 'stargazerCount'],
          message: "The sandbox's GitHub simulator does not model `Repository.stargazerCount`, which cannot be null.",
        }),
      ],
    });
    const nullable = await graphql(endpoint, viewer, query.replace('stargazerCount', ''), {
      owner: repo.owner,
      name: repo.name,
    });
    expect(dataOf(nullable)).toEqual({ repository: { name: repo.name, codeOfConduct: null } });
  });
});
