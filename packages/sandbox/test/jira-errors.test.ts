import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Error answers as Jira shapes them: `{"errorMessages": [...], "errors": {}}` with Jira's messages and headers.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2, services: ['jira', 'jiraDataCenter'] });
});
afterAll(() => sandbox.close());

const cloud = async (path: string, init: { auth?: string; method?: string; body?: unknown } = {}) => {
  const { url, email, token } = sandbox.connectionInfo().jira!;
  const auth = init.auth ?? `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
  const response = await fetch(url + path, {
    method: init.method ?? 'GET',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
};

const dataCenter = async (path: string, auth: string) => {
  const response = await fetch(sandbox.connectionInfo().jiraDataCenter!.url + path, {
    headers: { authorization: auth },
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
};

const jql = (query: string) => `/rest/api/3/search/jql?jql=${encodeURIComponent(query)}`;

describe('Jira error shapes', () => {
  it('400: malformed JQL, unknown fields and values, with Jira messages', async () => {
    expect(await cloud(jql('project = '))).toEqual({
      status: 400,
      headers: expect.anything(),
      body: {
        errorMessages: [
          'Error in the JQL Query: Expecting either a value, list or function but got end of query. (line 1, character 11)',
        ],
        errors: {},
      },
    });
    expect((await cloud(jql('universe = 42'))).body.errorMessages).toEqual([
      "Field 'universe' does not exist or you do not have permission to view it.",
    ]);
    expect((await cloud(jql('project = NOPE'))).body.errorMessages).toEqual([
      "The value 'NOPE' does not exist for the field 'project'.",
    ]);
    expect((await cloud(jql('updated >= "2025-13-01"'))).body.errorMessages?.toString()).toMatch(
      /^Date value '2025-13-01' for field 'updated' is invalid\. Valid formats include: 'yyyy\/MM\/dd HH:mm'/,
    );
  });

  it('400: unbounded JQL on search/jql (GET and POST), but not on Data Center search', async () => {
    const unbounded = {
      status: 400,
      headers: expect.anything(),
      body: {
        errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
        errors: {},
      },
    };
    expect(await cloud(jql('ORDER BY key ASC'))).toEqual(unbounded);
    expect(await cloud('/rest/api/3/search/jql', { method: 'POST', body: { jql: '' } })).toEqual(unbounded);
    const { token } = sandbox.connectionInfo().jiraDataCenter!;
    const dc = await dataCenter('/rest/api/2/search?jql=ORDER%20BY%20key&maxResults=1', `Bearer ${token}`);
    expect(dc.status).toBe(200);
    expect(dc.body.total).toBe(sandbox.world.jira.issues.size);
  });

  it('400: a kanban board has no sprints; a foreign nextPageToken is refused', async () => {
    const kanban = [...sandbox.world.jira.boards.values()].find((b) => b.type === 'kanban')!;
    expect(await cloud(`/rest/agile/1.0/board/${kanban.id}/sprint`)).toMatchObject({
      status: 400,
      body: { errorMessages: ['The board does not support sprints'], errors: {} },
    });
    expect((await cloud(`${jql('project = PLAT')}&nextPageToken=bogus`)).status).toBe(400);
  });

  it('401: Cloud without or with wrong basic credentials', async () => {
    const body = { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} };
    expect(await cloud('/rest/api/3/myself', { auth: '' })).toMatchObject({ status: 401, body });
    const wrong = `Basic ${Buffer.from(`${sandbox.connectionInfo().jira!.email}:nope`).toString('base64')}`;
    expect(await cloud('/rest/api/3/myself', { auth: wrong })).toMatchObject({ status: 401, body });
  });

  it('401 then 403: Data Center with a wrong token (AUTHENTICATED_FAILED) and repeated password logins (CAPTCHA)', async () => {
    const wrongToken = await dataCenter('/rest/api/2/myself', 'Bearer not-the-token');
    expect(wrongToken.status).toBe(401);
    expect(wrongToken.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    expect(wrongToken.body).toEqual({
      errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
      errors: {},
    });
    const password = `Basic ${Buffer.from('mallory:guess').toString('base64')}`;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await dataCenter('/rest/api/2/myself', password));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 403]);
    expect(answers[3]!.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATION_DENIED');
    expect(answers[3]!.headers.get('x-authentication-denied-reason')).toMatch(/^CAPTCHA_CHALLENGE/);
  });

  it('404: unknown issue (by key and id), project, board and sprint', async () => {
    const issue = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };
    expect(await cloud('/rest/api/3/issue/NOPE-1/changelog')).toMatchObject({ status: 404, body: issue });
    expect(await cloud('/rest/api/3/issue/99999999/comment')).toMatchObject({ status: 404, body: issue });
    expect(await cloud('/rest/api/3/project/NOPE')).toMatchObject({
      status: 404,
      body: { errorMessages: ["No project could be found with key 'NOPE'."] },
    });
    expect((await cloud('/rest/agile/1.0/board/9999')).status).toBe(404);
    expect((await cloud('/rest/agile/1.0/sprint/9999')).status).toBe(404);
  });

  it('429: the rate-limited profile answers with Retry-After, X-RateLimit-* and a Jira body', async () => {
    const service = sandbox.service('jira');
    await service.setFaults({ profile: 'rate-limited', share: 1, maxConsecutive: 5, resetSeconds: 30 });
    try {
      const limited = await cloud('/rest/api/3/serverInfo');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(limited.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
      expect(limited.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
      expect(limited.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    } finally {
      await service.setFaults('none');
    }
  });
});
