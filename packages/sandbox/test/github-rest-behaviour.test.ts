import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubService } from '../src/github/github-service.js';
import { type Sandbox, startSandbox } from '../src/index.js';
import { type GithubConnection, githubCall, installationToken } from './github-rest-kit.js';

const start = (rateLimits = {}) =>
  startSandbox({ seed: 5, services: ['github'], registry: [createGithubService({ rateLimits })] });

describe('GitHub REST behaviour', () => {
  let sandbox: Sandbox;
  let github: GithubConnection;
  let org: string;
  let repo: string;

  beforeAll(async () => {
    sandbox = await start();
    github = sandbox.connectionInfo().github as GithubConnection;
    org = (sandbox.world.github.organizations.values().next().value as { login: string }).login;
    repo = [...sandbox.world.github.repositories]
      .filter((r) => r.owner === org)
      .sort(
        (a, b) =>
          sandbox.world.github.pullRequests.group(b.fullName).length -
          sandbox.world.github.pullRequests.group(a.fullName).length,
      )[0]?.fullName as string;
  });
  afterAll(() => sandbox?.close());

  it('answers 401 without credentials and with wrong ones, in GitHub error shapes', async () => {
    const none = await githubCall(`${github.url}/repos/${repo}`, undefined);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ message: 'Requires authentication', status: '401' });
    const wrong = await githubCall(`${github.url}/repos/${repo}`, 'ghp_wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ message: 'Bad credentials' });
    expect(typeof (wrong.body as { documentation_url: unknown }).documentation_url).toBe('string');
  });

  it('hides the hidden repository (404, not listed) and limits installation tokens to the installed organisation', async () => {
    const hidden = await githubCall(`${github.url}/repos/${org}/security-incidents`, github.token);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject({ message: 'Not Found' });
    const listed = await githubCall(`${github.url}/orgs/${org}/repos?per_page=100`, github.token);
    const names = (listed.body as { full_name: string }[]).map((r) => r.full_name);
    expect(names).not.toContain(`${org}/security-incidents`);
    expect(names).toContain(repo);
    const other = [...sandbox.world.github.repositories].find((r) => r.owner !== org);
    expect(other).toBeDefined();
    const installation = await installationToken(github);
    expect((await githubCall(`${github.url}/repos/${repo}`, installation)).status).toBe(200);
    expect((await githubCall(`${github.url}/repos/${other?.fullName}`, installation)).status).toBe(404);
    expect((await githubCall(`${github.url}/repos/${other?.fullName}`, github.token)).status).toBe(200);
  });

  it('answers 409 for the commits of the empty repository', async () => {
    expect((await githubCall(`${github.url}/repos/${org}/sandbox-empty`, github.token)).status).toBe(200);
    const commits = await githubCall(`${github.url}/repos/${org}/sandbox-empty/commits`, github.token);
    expect(commits.status).toBe(409);
    expect(commits.body).toMatchObject({ message: 'Git Repository is empty.', status: '409' });
  });

  it('answers 422 with errors[] for an invalid state', async () => {
    const answer = await githubCall(`${github.url}/repos/${repo}/pulls?state=merged`, github.token);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'PullRequest', field: 'state', code: 'invalid' }],
    });
  });

  it('pages with per_page (capped at 100), page and absolute Link URLs; an empty page past the end', async () => {
    const all = sandbox.world.github.pullRequests.group(repo).length;
    const seen: number[] = [];
    let next: string | undefined = `${github.url}/repos/${repo}/pulls?state=all&per_page=7`;
    let pages = 0;
    while (next !== undefined) {
      const answer = await githubCall(next, github.token);
      seen.push(...(answer.body as { number: number }[]).map((p) => p.number));
      const link = answer.headers.get('link') ?? '';
      if (pages === 0)
        expect(link).toContain(
          `<${github.url}/repos/${repo}/pulls?state=all&per_page=7&page=${Math.ceil(all / 7)}>; rel="last"`,
        );
      next = /<([^>]+)>; rel="next"/.exec(link)?.[1];
      pages++;
    }
    expect(pages).toBe(Math.ceil(all / 7));
    expect(new Set(seen).size).toBe(all);
    const past = await githubCall(`${github.url}/repos/${repo}/pulls?state=all&page=99`, github.token);
    expect(past.body).toEqual([]);
    const big = await githubCall(`${github.url}/repos/${repo}/commits?per_page=500`, github.token);
    expect((big.body as unknown[]).length).toBe(Math.min(100, (big.body as unknown[]).length));
    expect((big.body as unknown[]).length).toBeLessThanOrEqual(100);
  });

  it('lists pull requests among issues with a pull_request key, and filters issues by since', async () => {
    const items = (await githubCall(`${github.url}/repos/${repo}/issues?state=all&per_page=100`, github.token))
      .body as { pull_request?: unknown; updated_at: string }[];
    expect(items.some((i) => i.pull_request !== undefined)).toBe(true);
    expect(items.some((i) => i.pull_request === undefined)).toBe(true);
    const since = items.map((i) => i.updated_at).sort()[Math.floor(items.length / 2)] as string;
    const recent = (
      await githubCall(`${github.url}/repos/${repo}/issues?state=all&per_page=100&since=${since}`, github.token)
    ).body as { updated_at: string }[];
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(items.length);
    expect(recent.every((i) => i.updated_at >= since)).toBe(true);
  });

  it('answers 304 to a matching If-None-Match without counting it', async () => {
    const first = await githubCall(`${github.url}/repos/${repo}/labels`, github.token);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await githubCall(`${github.url}/repos/${repo}/labels`, github.token, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-ratelimit-remaining')).toBe(first.headers.get('x-ratelimit-remaining'));
  });

  it('serves the Enterprise Server layout under /api/v3 with URLs on that base', async () => {
    const answer = await githubCall(`${github.url}/api/v3/repos/${repo}`, github.token);
    expect(answer.status).toBe(200);
    expect((answer.body as { url: string }).url).toBe(`${github.url}/api/v3/repos/${repo}`);
  });

  it('counts requests by path template, and advance changes what the API answers', async () => {
    const count = async () =>
      (
        (await githubCall(`${github.url}/repos/${repo}/pulls?state=all&per_page=100&page=1`, github.token))
          .body as unknown[]
      ).length +
      (
        (await githubCall(`${github.url}/repos/${repo}/pulls?state=all&per_page=100&page=2`, github.token))
          .body as unknown[]
      ).length;
    const before = await count();
    const added = sandbox.world.github.pullRequests.group(repo).length;
    await fetch(`${github.url}/_sandbox/advance`, { method: 'POST', body: JSON.stringify({ steps: 24 }) });
    const after = await count();
    expect(after - before).toBe(sandbox.world.github.pullRequests.group(repo).length - added);
    expect(after).toBeGreaterThan(before);
    const stats = (await (await fetch(`${github.url}/_sandbox/stats`)).json()) as { endpoints: Record<string, number> };
    expect(stats.endpoints['GET /repos/{owner}/{repo}/pulls']).toBeGreaterThanOrEqual(4);
  });

  it('answers rate-limited and flaky profiles as GitHub would', async () => {
    const service = sandbox.service('github');
    await service.setFaults({ profile: 'rate-limited', share: 1, maxConsecutive: 100 });
    const limited = await githubCall(`${github.url}/repos/${repo}/tags`, github.token);
    expect([403, 429]).toContain(limited.status);
    expect(limited.headers.get('x-ratelimit-resource')).toBe('core');
    await service.setFaults({ profile: 'flaky', share: 1, maxConsecutive: 100 });
    const flaky = await fetch(`${github.url}/repos/${repo}/branches`, {
      headers: { authorization: `Bearer ${github.token}` },
    }).then(
      (r) => r.status,
      () => 'reset',
    );
    expect([502, 503, 'reset']).toContain(flaky);
    await service.setFaults('none');
    expect(
      service.stats().faults.rateLimited +
        service.stats().faults['502'] +
        service.stats().faults['503'] +
        service.stats().faults.reset,
    ).toBeGreaterThan(0);
  });
});

describe('GitHub REST budgets', () => {
  let sandbox: Sandbox;
  let github: GithubConnection;
  beforeAll(async () => {
    sandbox = await start({ core: 3, perEndpointPerMinute: 2 });
    github = sandbox.connectionInfo().github as GithubConnection;
  });
  afterAll(() => sandbox?.close());

  it('trips the secondary limit per endpoint, then exhausts the primary limit; /rate_limit is free', async () => {
    const org = (sandbox.world.github.organizations.values().next().value as { login: string }).login;
    const a = await githubCall(`${github.url}/orgs/${org}`, github.token);
    expect(a.headers.get('x-ratelimit-limit')).toBe('3');
    expect(a.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(a.headers.get('x-ratelimit-used')).toBe('1');
    expect(Number(a.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    await githubCall(`${github.url}/orgs/${org}`, github.token);
    const secondary = await githubCall(`${github.url}/orgs/${org}`, github.token);
    expect(secondary.status).toBe(403);
    expect(Number(secondary.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((secondary.body as { message: string }).message).toMatch(/secondary rate limit/);
    const third = await githubCall(`${github.url}/orgs/${org}/teams`, github.token);
    expect(third.status).toBe(200);
    expect(third.headers.get('x-ratelimit-remaining')).toBe('0');
    const exhausted = await githubCall(`${github.url}/orgs/${org}/members`, github.token);
    expect(exhausted.status).toBe(403);
    expect(exhausted.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((exhausted.body as { message: string }).message).toMatch(/^API rate limit exceeded for user ID \d+\.$/);
    const rate = await githubCall(`${github.url}/rate_limit`, github.token);
    expect(rate.status).toBe(200);
    expect(rate.body).toMatchObject({ resources: { core: { limit: 3, remaining: 0, used: 3 } }, rate: { used: 3 } });
  });
});
