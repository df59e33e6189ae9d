import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { type GithubConfig, GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 8 });
afterAll(() => gh.close());
const org = gh.sandbox.world.truth().github.organizations.keys[0] as string;
const subject = inProcess(new GithubSource());

async function checkMessage(config: GithubConfig): Promise<{ status?: string; message?: string }> {
  const run = await subject.check(config);
  const status = run.messages.find((m) => m.type === 'CONNECTION_STATUS')?.connectionStatus;
  return { status: status?.status, message: status?.message ?? undefined };
}

async function read(config: GithubConfig, streams: string[]) {
  return subject.read(config, await discoverCatalog(subject, config, { streams }));
}

describe('check', () => {
  it('fails on a bad token, naming the refusal', async () => {
    const config = {
      ...gh.config,
      credentials: { option_title: 'PAT Credentials' as const, personal_access_token: 'nope' },
    };
    expect(await checkMessage(config)).toEqual({ status: 'FAILED', message: expect.stringMatching(/401/) });
  });

  it('fails on an unknown or hidden repository and on a pattern that matches nothing, naming each', async () => {
    for (const pattern of [`${org}/no-such-repo`, `${org}/security-incidents`, `${org}/zzz*`]) {
      const result = await checkMessage({ ...gh.config, repositories: [`${org}/*`, pattern] });
      expect(result.status, pattern).toBe('FAILED');
      expect(result.message, pattern).toContain(pattern);
    }
  });

  it('succeeds with a GitHub App installation, which reads the first organisation', async () => {
    const { app } = gh.connection;
    const config: GithubConfig = {
      ...gh.config,
      repositories: [`${org}/*`],
      credentials: {
        option_title: 'GitHub App Credentials',
        app_id: String(app.appId),
        installation_id: String(app.installationId),
        private_key: app.privateKey,
      },
    };
    expect((await checkMessage(config)).status).toBe('SUCCEEDED');
    const run = await read(config, ['pull_requests']);
    expect(run.exitCode).toBe(0);
    const repos = new Set(run.records('pull_requests').map((r) => String(r.data.repository).split('/')[0]));
    expect([...repos]).toEqual([org]);
  });
});

describe('reading', () => {
  it('works against the Enterprise Server layout (REST at /api/v3, GraphQL at /api/graphql)', async () => {
    const config = { ...gh.config, api_url: `${gh.url}/api/v3` };
    const run = await read(config, ['pull_requests', 'pull_request_stats']);
    expect(run.exitCode).toBe(0);
    expect(run.records('pull_request_stats').length).toBe(run.records('pull_requests').length);
    expect(run.records('pull_requests').length).toBeGreaterThan(0);
    const endpoints = Object.keys(gh.sandbox.service('github').stats().endpoints);
    expect(endpoints.some((e) => e.includes('/api/graphql'))).toBe(true);
  });

  it('skips an empty repository (409) and reads the others', async () => {
    const run = await read({ ...gh.config, repositories: [`${org}/*`] }, ['commits']);
    expect(run.exitCode).toBe(0);
    const repos = new Set(run.records('commits').map((r) => r.data.repository));
    expect(repos.has(`${org}/sandbox-empty`)).toBe(false);
    expect(repos.size).toBeGreaterThan(1);
  });
});
