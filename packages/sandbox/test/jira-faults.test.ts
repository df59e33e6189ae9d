import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Both Jira services under the sandbox's machinery: counters by path template, flaky and
// rate-limited profiles, and /_sandbox/advance changing what the API answers.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 6, services: ['jira', 'jiraDataCenter'] });
});
afterAll(() => sandbox.close());

type Flavor = 'jira' | 'jiraDataCenter';
const api = { jira: '/rest/api/3', jiraDataCenter: '/rest/api/2' } as const;

function authOf(flavor: Flavor): string {
  const info = sandbox.connectionInfo();
  if (flavor === 'jira') return `Basic ${Buffer.from(`${info.jira!.email}:${info.jira!.token}`).toString('base64')}`;
  return `Bearer ${info.jiraDataCenter!.token}`;
}

async function get(
  flavor: Flavor,
  path: string,
): Promise<{ status: number; body: unknown; headers: Record<string, string> }> {
  const response = await fetch(sandbox.service(flavor).url + path, { headers: { authorization: authOf(flavor) } });
  const text = await response.text();
  const body = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, body, headers: Object.fromEntries(response.headers) };
}

/** A client that retries 502/503/429 and connection resets, as a source does. */
async function getWithRetries(flavor: Flavor, path: string): Promise<unknown> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const answer = await get(flavor, path);
      if (answer.status === 200) return answer.body;
      expect([502, 503, 429]).toContain(answer.status);
    } catch {
      // reset: try again
    }
  }
  throw new Error(`no answer for ${path}`);
}

const keyOf = (issue: unknown) => (issue as { key: string }).key;
const searchPath = (flavor: Flavor, jql: string) =>
  flavor === 'jira'
    ? `/rest/api/3/search/jql?fields=key&maxResults=5000&jql=${encodeURIComponent(jql)}`
    : `/rest/api/2/search?fields=key&maxResults=1000&jql=${encodeURIComponent(jql)}`;

describe.each(['jira', 'jiraDataCenter'] as const)('%s', (flavor) => {
  it('counts requests under path templates', async () => {
    const service = sandbox.service(flavor);
    service.resetStats();
    const [first, second] = [...sandbox.world.jira.issues.values()];
    await get(flavor, `${api[flavor]}/issue/${first!.key}/comment`);
    await get(flavor, `${api[flavor]}/issue/${second!.id}/comment`);
    await get(flavor, '/rest/agile/1.0/board');
    expect(service.stats().endpoints).toEqual({
      [`GET ${api[flavor]}/issue/{issueIdOrKey}/comment`]: 2,
      'GET /rest/agile/1.0/board': 1,
    });
    expect(service.stats().total).toBe(3);
  });

  it('flaky: a retrying client reads the same issues as without faults', async () => {
    const service = sandbox.service(flavor);
    const project = sandbox.world.jira.projects.values().next().value!;
    const path = searchPath(flavor, `project = ${project.key} ORDER BY key ASC`);
    const clean = ((await get(flavor, path)).body as { issues: unknown[] }).issues.map(keyOf);
    await service.setFaults({ profile: 'flaky', share: 0.6 });
    try {
      service.resetStats();
      const paths = ['/rest/agile/1.0/board', `${api[flavor]}/serverInfo`, `${api[flavor]}/field`, path];
      for (const p of paths) await getWithRetries(flavor, p);
      const faulty = ((await getWithRetries(flavor, path)) as { issues: unknown[] }).issues.map(keyOf);
      expect(faulty).toEqual(clean);
      const { faults } = service.stats();
      expect(faults['502'] + faults['503'] + faults.reset).toBeGreaterThan(0);
    } finally {
      await service.setFaults('none');
    }
  });

  it('rate-limited: 429 in Jira shape until the reset, then the answer', async () => {
    const service = sandbox.service(flavor);
    await service.setFaults({ profile: 'rate-limited', share: 1, maxConsecutive: 1, resetSeconds: 1 });
    try {
      const path = `${api[flavor]}/serverInfo`;
      const limited = await get(flavor, path);
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
      // Cloud gives an ISO reset time; Data Center's token bucket gives its interval and fill rate.
      expect(Object.keys(limited.headers)).toEqual(
        expect.arrayContaining(
          flavor === 'jira'
            ? ['x-ratelimit-reset', 'ratelimit-reason']
            : ['x-ratelimit-interval-seconds', 'x-ratelimit-fillrate'],
        ),
      );
      expect(service.stats().faults.rateLimited).toBeGreaterThan(0);
    } finally {
      await service.setFaults('none');
    }
  });
});

describe('advance', () => {
  it('changes what both services answer: changed issues show up in an updated-since search', async () => {
    const before = sandbox.world.clock.now();
    const response = await fetch(`${sandbox.service('jira').url}/_sandbox/advance`, {
      method: 'POST',
      body: JSON.stringify({ steps: 2 }),
    });
    const summary = (await response.json()) as { jira: { issues?: { created: string[]; updated: string[] } } };
    const changed = [...(summary.jira.issues?.created ?? []), ...(summary.jira.issues?.updated ?? [])];
    expect(changed.length).toBeGreaterThan(0);
    const jql = `updated > ${before} ORDER BY updated ASC`;
    for (const flavor of ['jira', 'jiraDataCenter'] as const) {
      const found = ((await get(flavor, searchPath(flavor, jql))).body as { issues: unknown[] }).issues.map(keyOf);
      const expected = [...sandbox.world.jira.issues.values()].filter((i) => i.updated > before).map((i) => i.key);
      expect(new Set(found)).toEqual(new Set(expected));
      for (const key of changed) {
        if (sandbox.world.jira.issues.has(key)) expect(found).toContain(key);
      }
    }
    const info = (await get('jira', '/rest/api/3/serverInfo')).body as { serverTime: string };
    expect(info.serverTime).toBe(`${new Date(sandbox.world.clock.now()).toISOString().slice(0, 23)}+0000`);
  });
});
