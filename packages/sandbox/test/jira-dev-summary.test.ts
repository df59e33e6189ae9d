import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Development summary field (what Jira's issue APIs send for the development panel) agrees with
// the panel's own endpoint, dev-status: `{}` for an issue without pull requests, else the count and
// the overall state of the same pull requests. Data Center names the field's type `devsummary`.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2, services: ['jira', 'jiraDataCenter'] });
});
afterAll(() => sandbox.close());

const PLUGIN = 'com.atlassian.jira.plugins.jira-development-integration-plugin';
const flavors = [
  { name: 'cloud', api: '/rest/api/3', type: `${PLUGIN}:devsummarycf` },
  { name: 'dataCenter', api: '/rest/api/2', type: `${PLUGIN}:devsummary` },
] as const;

describe.each(flavors)('the Development field, $name', ({ name, api, type }) => {
  const get = async (path: string): Promise<unknown> => {
    const info = sandbox.connectionInfo();
    const auth =
      name === 'cloud'
        ? `Basic ${Buffer.from(`${info.jira?.email}:${info.jira?.token}`).toString('base64')}`
        : `Bearer ${info.jiraDataCenter?.token}`;
    const base = name === 'cloud' ? info.jira?.url : info.jiraDataCenter?.url;
    const response = await fetch(`${base}${path}`, { headers: { Authorization: auth, Accept: 'application/json' } });
    expect(response.status, path).toBe(200);
    return response.json();
  };

  it('is listed with its type key and matches dev-status for issues with and without pull requests', async () => {
    const fields = (await get(`${api}/field`)) as { id: string; name: string; schema?: { custom?: string } }[];
    const development = fields.find((f) => f.schema?.custom === type);
    expect(development?.name).toBe('Development');
    const id = development?.id as string;

    const issues = [...sandbox.world.jira.issues.values()];
    let withPulls = 0;
    let without = 0;
    for (const issue of issues.slice(0, 60)) {
      const rendered = (await get(`${api}/issue/${issue.id}?fields=${id}`)) as { fields: Record<string, unknown> };
      const summary = rendered.fields[id];
      expect(typeof summary).toBe('string');
      const detail = (await get(
        `/rest/dev-status/latest/issue/detail?issueId=${issue.id}&applicationType=GitHub&dataType=pullrequest`,
      )) as { detail: { pullRequests: { status: string }[] }[] };
      const pulls = detail.detail.flatMap((d) => d.pullRequests);
      if (pulls.length === 0) {
        without++;
        expect(summary).toBe('{}');
        continue;
      }
      withPulls++;
      const text = String(summary);
      const overall = /^\{pullrequest=\{dataType=pullrequest, state=(\w+), stateCount=(\d+)\}, json=(.*)\}$/.exec(text);
      expect(overall, text).not.toBeNull();
      const [, state, stateCount, json] = overall as unknown as [string, string, string, string];
      expect(Number(stateCount)).toBe(pulls.filter((p) => p.status === state).length);
      const cached = JSON.parse(json) as {
        cachedValue: { summary: { pullrequest: { overall: { count: number; state: string } } } };
        isStale: boolean;
      };
      expect(cached.isStale).toBe(false);
      expect(cached.cachedValue.summary.pullrequest.overall).toMatchObject({ count: pulls.length, state });
    }
    expect(withPulls).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });
});
