import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/sandbox/start-sandbox.js';
import { callerOf, type JenkinsAnswer, type JenkinsCaller, jenkinsGet } from './jenkins-http.js';

/** The text of an HTML page's <title>. */
const titleOf = (answer: JenkinsAnswer): string | undefined => /<title>([^<]*)<\/title>/.exec(answer.body)?.[1];

function expectHtml(answer: JenkinsAnswer, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
  expect(answer.headers.get('x-jenkins')).toBeTruthy();
  expect(() => JSON.parse(answer.body)).toThrow();
}

describe('Jenkins error answers', () => {
  let sandbox: Sandbox;
  let jenkins: JenkinsCaller;
  beforeAll(async () => {
    sandbox = await startSandbox({ services: ['jenkins'], seed: 2 });
    jenkins = callerOf(sandbox);
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('refuses an anonymous call with 403, the login redirect and the missing permission', async () => {
    const answer = await jenkinsGet({ url: jenkins.url, auth: null }, '/api/json?tree=jobs[name]');
    expectHtml(answer, 403);
    expect(answer.body).toContain('Authentication required');
    expect(answer.body).toContain('/login?from=%2Fapi%2Fjson');
    expect(answer.headers.get('x-you-are-authenticated-as')).toBe('anonymous');
    expect(answer.headers.get('x-required-permission')).toBe('hudson.model.Hudson.Read');
  });

  it('treats a bearer token as anonymous: Jenkins reads basic auth only', async () => {
    const response = await fetch(`${jenkins.url}/api/json`, {
      headers: { authorization: `Bearer ${jenkins.auth?.token}` },
    });
    expect(response.status).toBe(403);
  });

  it('refuses a wrong token or user with 401 naming the user', async () => {
    const user = jenkins.auth?.user as string;
    const wrongToken = await jenkinsGet({ url: jenkins.url, auth: { user, token: 'nope' } }, '/api/json');
    expectHtml(wrongToken, 401);
    expect(titleOf(wrongToken)).toBe(`Error 401 Invalid password/token for user: ${user}`);
    const wrongUser = await jenkinsGet(
      { url: jenkins.url, auth: { user: 'mallory', token: jenkins.auth?.token as string } },
      '/crumbIssuer/api/json',
    );
    expectHtml(wrongUser, 401);
    expect(titleOf(wrongUser)).toBe('Error 401 Invalid password/token for user: mallory');
  });

  it.each([
    '/job/no-such-job/api/json',
    '/job/tidewater-labs/job/nothing-here/api/json',
    '/job/seed-job/99999/api/json',
    '/job/tidewater-labs/1/api/json',
    '/job/seed-job/lastBuild/nonsense/api/json',
    '/job/seed-job/notAPermalink/api/json',
    '/job/seed-job/',
    '/nothing/api/json',
  ])('answers %s with the HTML 404 page', async (path) => {
    const answer = await jenkinsGet(jenkins, path);
    expectHtml(answer, 404);
    expect(titleOf(answer)).toBe('Error 404 Not Found');
    expect(answer.body).toContain(`<td>${path.split('?')[0]}</td>`);
  });

  it('answers 404 for a permalink no build matches', async () => {
    const job = [...sandbox.world.jenkins.jobs.values()].find(
      (j) => j.buildable && !sandbox.world.jenkins.builds.group(j.fullName).some((b) => b.result === 'UNSTABLE'),
    );
    expect(job).toBeDefined();
    const path = (job?.fullName ?? '')
      .split('/')
      .map((n) => `/job/${encodeURIComponent(n)}`)
      .join('');
    expectHtml(await jenkinsGet(jenkins, `${path}/lastUnstableBuild/api/json`), 404);
  });

  it.each(['jobs[', 'jobs[]', 'jobs[name,,url]', 'jobs]', 'jobs{}', 'jobs{a}', ',jobs', 'jobs,', ''])(
    'fails the malformed tree %j with the 500 "Oops!" page',
    async (tree) => {
      const answer = await jenkinsGet(jenkins, `/api/json?tree=${encodeURIComponent(tree)}`);
      expectHtml(answer, 500);
      expect(answer.body).toContain('Oops!');
    },
  );

  it('checks credentials before the path: an anonymous 404 candidate is still a 403', async () => {
    expectHtml(await jenkinsGet({ url: jenkins.url, auth: null }, '/job/no-such-job/api/json'), 403);
  });
});
