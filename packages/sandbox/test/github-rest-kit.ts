import { importPKCS8, SignJWT } from 'jose';
import type { ConnectionInfo } from '../src/index.js';
import type { World } from '../src/world/index.js';

/** The GitHub connection of a started sandbox. */
export type GithubConnection = NonNullable<ConnectionInfo['github']>;

/** An answer of the simulator: status, headers and parsed JSON body (undefined when empty). */
export interface GithubAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** One request with `Authorization: Bearer <auth>` (none when `auth` is undefined). */
export async function githubCall(
  url: string,
  auth: string | undefined,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<GithubAnswer> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...init.headers };
  if (auth !== undefined) headers.authorization = `Bearer ${auth}`;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** A JWT of the sandbox's GitHub App, as `@octokit/auth-app` makes one. */
export async function appJwt(github: GithubConnection): Promise<string> {
  const key = await importPKCS8(github.app.privateKey, 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(String(github.app.appId))
    .setIssuedAt(now - 30)
    .setExpirationTime(now + 540)
    .sign(key);
}

/** An installation token of the app. */
export async function installationToken(github: GithubConnection): Promise<string> {
  const jwt = await appJwt(github);
  const answer = await githubCall(`${github.url}/app/installations/${github.app.installationId}/access_tokens`, jwt, {
    method: 'POST',
  });
  return (answer.body as { token: string }).token;
}

/** World values that make every operation answer with data. */
export interface GithubPicks {
  readonly org: string;
  readonly repo: string;
  readonly pull: number;
  readonly issue: number;
  readonly run: number;
  readonly attempt: number;
  readonly deployment: number;
  readonly team: string;
  readonly member: string;
  readonly headSha: string;
}

/** Picks a repository rich in data and entities within it that have children. */
export function pickGithub(world: World): GithubPicks {
  const gh = world.github;
  const repos = [...gh.repositories].sort(
    (a, b) => gh.pullRequests.group(b.fullName).length - gh.pullRequests.group(a.fullName).length,
  );
  const repo = repos.find((r) => gh.deployments.group(r.fullName).length > 0) ?? repos[0];
  if (repo === undefined) throw new Error('no repositories');
  const name = repo.fullName;
  const pull = gh.pullRequests
    .group(name)
    .find(
      (p) =>
        gh.reviews.group(`${name}#${p.number}`).length > 0 && gh.reviewComments.group(`${name}#${p.number}`).length > 0,
    );
  const issue = gh.issuesAndPullsOf(name).find((i) => i.comments > 0 && i.labels.length > 0 && i.assignees.length > 0);
  const run = gh.workflowRuns.group(name).find((r) => gh.workflowJobs.group(String(r.id)).length > 0);
  const deployment = gh.deployments.group(name)[0];
  const team = gh.teams.group(repo.owner).find((t) => t.members.length > 0);
  const branch = gh.branches.get(`${name}/branches/${repo.defaultBranch}`);
  if (!pull || !issue || !run || !deployment || !team || !branch) throw new Error(`${name} lacks data to exercise`);
  return {
    org: repo.owner,
    repo: name,
    pull: pull.number,
    issue: issue.number,
    run: run.id,
    attempt: run.runAttempt,
    deployment: deployment.id,
    team: team.slug,
    member: team.members[0] as string,
    headSha: branch.sha,
  };
}

/** The concrete path exercising an operation's template with the picks. */
export function concretePath(template: string, p: GithubPicks, installationId: number): string {
  const [owner, name] = p.repo.split('/') as [string, string];
  return template
    .replace('/users/{username}/repos', `/users/${p.org}/repos`)
    .replace('{org}', p.org)
    .replace('{owner}', owner)
    .replace('{repo}', name)
    .replace('{pull_number}', String(p.pull))
    .replace('{issue_number}', String(p.issue))
    .replace('{run_id}', String(p.run))
    .replace('{attempt_number}', String(p.attempt))
    .replace('{deployment_id}', String(p.deployment))
    .replace('{team_slug}', p.team)
    .replace('{username}', p.member)
    .replace('{installation_id}', String(installationId))
    .replace('git/ref/{ref}', 'git/ref/heads/main')
    .replace('{ref}', p.headSha);
}
