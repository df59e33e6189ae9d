import { createAppAuth } from '@octokit/auth-app';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import type { GithubConnection } from './github-rest-kit.js';

const Client = Octokit.plugin(throttling, retry);

describe('Octokit against the GitHub simulator', () => {
  let sandbox: Sandbox;
  let github: GithubConnection;
  const limited: string[] = [];
  const client = (baseUrl: string, auth: string) =>
    new Client({
      baseUrl,
      auth,
      throttle: {
        onRateLimit: (_after: number, options: { url: string }) => (limited.push(`primary ${options.url}`), true),
        onSecondaryRateLimit: (_after: number, options: { url: string }) => (
          limited.push(`secondary ${options.url}`), true
        ),
      },
      retry: { doNotRetry: [400, 401, 403, 404, 409, 422, 429] },
    });

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 9, services: ['github'] });
    github = sandbox.connectionInfo().github as GithubConnection;
  });
  afterAll(() => sandbox?.close());

  it('runs the calls a GitHub source makes, with paginate', async () => {
    const octokit = client(github.url, github.token);
    const gh = sandbox.world.github;
    const org = (gh.organizations.values().next().value as { login: string }).login;
    const repos = await octokit.paginate(octokit.rest.repos.listForOrg, { org, per_page: 2 });
    expect(repos.map((r) => r.full_name).sort()).toEqual(
      [...gh.repositories]
        .filter((r) => r.owner === org)
        .map((r) => r.fullName)
        .concat(`${org}/sandbox-empty`)
        .sort(),
    );
    const repo = [...gh.repositories].find((r) => r.owner === org && gh.deployments.group(r.fullName).length > 0);
    if (repo === undefined) throw new Error('no repository with deployments');
    const [owner, name] = repo.fullName.split('/') as [string, string];
    const pulls = await octokit.paginate(octokit.rest.pulls.list, {
      owner,
      repo: name,
      state: 'all',
      sort: 'updated',
      direction: 'desc',
      per_page: 10,
    });
    expect(pulls).toHaveLength(gh.pullRequests.group(repo.fullName).length);
    const updated = pulls.map((p) => p.updated_at);
    expect(updated).toEqual([...updated].sort().reverse());
    const withReviews = gh.pullRequests
      .group(repo.fullName)
      .find((p) => gh.reviews.group(`${repo.fullName}#${p.number}`).length > 0);
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
      owner,
      repo: name,
      pull_number: withReviews?.number ?? 1,
    });
    expect(reviews.map((r) => r.id)).toEqual(
      gh.reviews.group(`${repo.fullName}#${withReviews?.number}`).map((r) => r.id),
    );
    const since = new Date(sandbox.world.clock.now() - 30 * 86_400_000).toISOString();
    const commits = await octokit.paginate(octokit.rest.repos.listCommits, { owner, repo: name, since, per_page: 100 });
    expect(commits.every((c) => (c.commit.committer?.date ?? '') >= since.slice(0, 19))).toBe(true);
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo: name,
      state: 'all',
      since,
      per_page: 100,
    });
    expect(issues.every((i) => i.updated_at >= since.slice(0, 19))).toBe(true);
    const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
      owner,
      repo: name,
      per_page: 50,
    });
    expect(runs).toHaveLength(gh.workflowRuns.group(repo.fullName).length);
    const deployments = await octokit.paginate(octokit.rest.repos.listDeployments, { owner, repo: name });
    expect(deployments).toHaveLength(gh.deployments.group(repo.fullName).length);
    const releases = await octokit.paginate(octokit.rest.repos.listReleases, { owner, repo: name });
    expect(releases).toHaveLength(gh.releases.group(repo.fullName).length);
    await expect(octokit.rest.repos.listCommits({ owner: org, repo: 'sandbox-empty' })).rejects.toMatchObject({
      status: 409,
    });
  });

  it('authenticates as the GitHub App installation, also under the GHES base URL', async () => {
    for (const baseUrl of [github.url, `${github.url}/api/v3`]) {
      const octokit = new Octokit({
        baseUrl,
        authStrategy: createAppAuth,
        auth: { appId: github.app.appId, privateKey: github.app.privateKey, installationId: github.app.installationId },
      });
      const { data } = await octokit.rest.apps.listReposAccessibleToInstallation({ per_page: 100 });
      const org = (sandbox.world.github.organizations.values().next().value as { login: string }).login;
      expect(data.repositories.length).toBeGreaterThan(0);
      expect(data.repositories.every((r) => r.owner.login === org)).toBe(true);
      expect(data.repositories[0]?.url.startsWith(baseUrl)).toBe(true);
    }
  });

  it('retries through rate limits with the throttling plugin', async () => {
    const service = sandbox.service('github');
    await service.setFaults({ profile: 'rate-limited', share: 0.6, maxConsecutive: 1, resetSeconds: 1 });
    try {
      const octokit = client(github.url, github.token);
      const org = (sandbox.world.github.organizations.values().next().value as { login: string }).login;
      for (const path of ['teams', 'members']) {
        const { status } = await octokit.request(`GET /orgs/{org}/${path}`, { org });
        expect(status).toBe(200);
      }
      const info = await octokit.rest.orgs.get({ org });
      expect(info.data.login).toBe(org);
      expect(service.stats().faults.rateLimited).toBeGreaterThan(0);
      expect(limited.length).toBe(service.stats().faults.rateLimited);
    } finally {
      await service.setFaults('none');
    }
  });
});
