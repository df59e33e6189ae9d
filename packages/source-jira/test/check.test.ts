import { inProcess } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

const sandbox = await startJiraSandbox();
afterAll(() => sandbox.close());

async function checkMessage(config: Record<string, unknown>): Promise<{ status?: string; message?: string }> {
  const run = await inProcess(new JiraSource({ retry: { baseDelayMs: 5, maxDelayMs: 20 } })).check(config);
  const status = run.messages.find((m) => m.type === 'CONNECTION_STATUS')?.connectionStatus;
  return { status: status?.status, message: status?.message };
}

describe.each(FLAVORS)('check against %s', (flavor) => {
  it('succeeds with the configured projects', async () => {
    expect(await checkMessage(jiraConfig(sandbox, flavor, { projects: ['PLAT', 'WEB'] }))).toEqual({
      status: 'SUCCEEDED',
      message: undefined,
    });
  });

  it('names an unknown project', async () => {
    const result = await checkMessage(jiraConfig(sandbox, flavor, { projects: ['PLAT', 'NOPE'] }));
    expect(result.status).toBe('FAILED');
    expect(result.message).toMatch(/Project NOPE not found on http:\/\/127\.0\.0\.1:\d+/);
    expect(result.message).not.toMatch(/PLAT/);
  });

  it('names the site when the token is wrong', async () => {
    const wrong =
      flavor === 'cloud' ? { api_token: 'wrong-token-1234' } : { personal_access_token: 'wrong-token-1234' };
    const config = jiraConfig(sandbox, flavor, wrong);
    const result = await checkMessage(config);
    expect(result.status).toBe('FAILED');
    expect(result.message).toContain(`Could not connect to Jira at ${config.domain}`);
    expect(result.message).toMatch(/401/);
    expect(result.message).not.toContain('wrong-token-1234');
  });
});

describe('check of a site that does not answer', () => {
  it('names the domain', async () => {
    // Port 9 (discard) on localhost: the connection is refused.
    const result = await checkMessage({ domain: 'http://127.0.0.1:9', email: 'a@b.c', api_token: 'x-token' });
    expect(result.status).toBe('FAILED');
    expect(result.message).toContain('Could not connect to Jira at http://127.0.0.1:9');
  });

  it('asks for the credentials the forced flavor needs', async () => {
    const result = await checkMessage({
      domain: 'jira.example.com',
      deployment: 'data_center',
      email: 'a@b.c',
      api_token: 'x',
    });
    expect(result.status).toBe('FAILED');
    expect(result.message).toContain('personal_access_token (Jira Data Center)');
  });
});
