import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/sandbox/start-sandbox.js';
import type { JenkinsBuild, JenkinsJob } from '../src/world/index.js';
import { callerOf, type JenkinsCaller, jenkinsGet, jenkinsJson } from './jenkins-http.js';

type Json = Record<string, unknown>;
type BuildJson = Json & { number: number };

/** An item's API path, encoding each name with the platform's encoder (independent of the simulator's). */
const pathOf = (fullName: string): string =>
  fullName
    .split('/')
    .map((name) => `/job/${encodeURIComponent(name)}`)
    .join('');

describe('the Jenkins simulator over the world', () => {
  let sandbox: Sandbox;
  let jenkins: JenkinsCaller;
  let jobs: JenkinsJob[];
  const buildsOf = (job: string): readonly JenkinsBuild[] => sandbox.world.jenkins.builds.group(job);
  const jobNamed = (test: (j: JenkinsJob) => boolean): JenkinsJob => {
    const job = jobs.find(test);
    if (!job) throw new Error('the world lacks the job this test needs');
    return job;
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ services: ['jenkins'], seed: 1 });
    jenkins = callerOf(sandbox);
    jobs = [...sandbox.world.jenkins.jobs.values()];
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('lists the top-level items by name ignoring case, with absolute URLs and a colour on jobs only', async () => {
    const root = await jenkinsJson<{ _class: string; url: string; jobs: Json[] }>(jenkins, '/api/json');
    expect(root._class).toBe('hudson.model.Hudson');
    expect(root.url).toBe(`${jenkins.url}/`);
    const top = jobs.filter((j) => j.parent === null);
    const names = top.map((j) => j.name).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(root.jobs.map((j) => j.name)).toEqual(names);
    for (const listed of root.jobs) {
      const job = top.find((j) => j.name === listed.name) as JenkinsJob;
      expect(Object.keys(listed).sort()).toEqual(
        job.buildable ? ['_class', 'color', 'name', 'url'] : ['_class', 'name', 'url'],
      );
      expect(listed._class).toBe(job.className);
      expect(listed.url).toBe(`${jenkins.url}/job/${encodeURIComponent(job.name)}/`);
    }
  });

  it('answers every item at its URL: names with spaces, unicode and encoded slashes round-trip', async () => {
    const awkward = jobs.filter((j) => /[ %\u0080-\uffff]/.test(j.name));
    expect(awkward.some((j) => j.name.includes('%2F'))).toBe(true);
    expect(awkward.some((j) => j.name.includes(' '))).toBe(true);
    expect(awkward.some((j) => /[\u0080-\uffff]/.test(j.name))).toBe(true);
    for (const job of jobs) {
      const item = await jenkinsJson(jenkins, `${pathOf(job.fullName)}/api/json`);
      expect(item).toMatchObject({
        _class: job.className,
        name: job.name,
        fullName: job.fullName,
        displayName: job.displayName,
        url: `${jenkins.url}${pathOf(job.fullName)}/`,
      });
      if (!job.buildable) {
        const children = jobs.filter((j) => j.parent === job.fullName).map((j) => j.name);
        expect((item.jobs as Json[]).map((j) => j.name).sort()).toEqual(children.sort());
        expect(item).not.toHaveProperty('builds');
      } else {
        expect(item).not.toHaveProperty('jobs');
      }
    }
  });

  it('spells a branch job with a slash as Jenkins does: name feature%2Fx, URL segment feature%252Fx', async () => {
    const branch = jobNamed((j) => j.kind === 'branch' && j.name.includes('%2F'));
    const answer = await jenkinsJson(jenkins, `${pathOf(branch.fullName)}/api/json?tree=name,displayName,url`);
    expect(answer.name).toBe(branch.name);
    expect(answer.displayName).toBe(branch.name.replace('%2F', '/'));
    expect(answer.url).toContain(`/job/${branch.name.replace('%2F', '%252F')}/`);
  });

  it('lists builds newest first with the permalinks the world implies', async () => {
    const job = jobNamed((j) => j.buildable && buildsOf(j.fullName).length > 5);
    const builds = buildsOf(job.fullName);
    const item = await jenkinsJson<{ builds: BuildJson[]; lastBuild: BuildJson; firstBuild: BuildJson }>(
      jenkins,
      `${pathOf(job.fullName)}/api/json`,
    );
    expect(item.builds.map((b) => b.number)).toEqual(builds.map((b) => b.number).reverse());
    expect(Object.keys(item.builds[0] as Json).sort()).toEqual(['_class', 'number', 'url']);
    expect(item.lastBuild.number).toBe(builds.at(-1)?.number);
    expect(item.firstBuild.number).toBe(1);
    const lastOf = (test: (b: JenkinsBuild) => boolean): number | undefined => builds.filter(test).at(-1)?.number;
    const expected: Record<string, number | undefined> = {
      lastCompletedBuild: lastOf((b) => !b.building),
      lastSuccessfulBuild: lastOf((b) => b.result === 'SUCCESS' || b.result === 'UNSTABLE'),
      lastStableBuild: lastOf((b) => b.result === 'SUCCESS'),
      lastFailedBuild: lastOf((b) => b.result === 'FAILURE'),
      lastUnsuccessfulBuild: lastOf((b) => !b.building && b.result !== 'SUCCESS'),
    };
    for (const [link, number] of Object.entries(expected)) {
      const answer = await jenkinsGet(jenkins, `${pathOf(job.fullName)}/${link}/api/json?tree=number`);
      if (number === undefined) expect(answer.status).toBe(404);
      else
        expect(JSON.parse(answer.body)).toEqual({
          _class: job.className.includes('FreeStyle')
            ? 'hudson.model.FreeStyleBuild'
            : 'org.jenkinsci.plugins.workflow.job.WorkflowRun',
          number,
        });
    }
  });

  it('shows allBuilds only when the tree names it, and cuts it with every range form', async () => {
    const job = jobNamed((j) => j.buildable && buildsOf(j.fullName).length >= 10);
    const numbers = buildsOf(job.fullName)
      .map((b) => b.number)
      .reverse();
    const base = `${pathOf(job.fullName)}/api/json`;
    expect(await jenkinsJson(jenkins, base)).not.toHaveProperty('allBuilds');
    expect(await jenkinsJson(jenkins, `${base}?depth=2`)).not.toHaveProperty('allBuilds');
    const range = async (r: string): Promise<number[]> =>
      (await jenkinsJson<{ allBuilds: BuildJson[] }>(jenkins, `${base}?tree=allBuilds[number]${r}`)).allBuilds.map(
        (b) => b.number,
      );
    expect(await range('')).toEqual(numbers);
    expect(await range('{2,5}')).toEqual(numbers.slice(2, 5));
    expect(await range('{,3}')).toEqual(numbers.slice(0, 3));
    expect(await range('{4}')).toEqual([numbers[4]]);
    expect(await range('{7,}')).toEqual(numbers.slice(7));
    expect(await range(`{${numbers.length},${numbers.length + 100}}`)).toEqual([]);
  });

  it('describes a finished pipeline build: causes, parameters and one BuildData per checkout', async () => {
    const build = [...sandbox.world.jenkins.builds.values()].find(
      (b) => !b.building && b.parameters.length > 0 && b.revisions.length > 1,
    ) as JenkinsBuild;
    const answer = await jenkinsJson<Json & { actions: Json[] }>(
      jenkins,
      `${pathOf(build.job)}/${build.number}/api/json`,
    );
    expect(answer).toMatchObject({
      _class: 'org.jenkinsci.plugins.workflow.job.WorkflowRun',
      number: build.number,
      id: String(build.number),
      result: build.result,
      building: false,
      inProgress: false,
      timestamp: build.timestamp,
      duration: build.duration,
      estimatedDuration: build.estimatedDuration,
      queueId: build.queueId,
      executor: null,
      displayName: `#${build.number}`,
      url: `${jenkins.url}${pathOf(build.job)}/${build.number}/`,
    });
    const byClass = (c: string): Json[] => answer.actions.filter((a) => a._class === c);
    expect(byClass('hudson.model.CauseAction')[0]?.causes).toEqual(
      build.causes.map((c) => ({
        _class: 'hudson.model.Cause$UserIdCause',
        shortDescription: c.shortDescription,
        userId: c.userId,
        userName: c.userName,
      })),
    );
    expect(
      ((byClass('hudson.model.ParametersAction')[0]?.parameters ?? []) as Json[]).map((p) => [p.name, p.value]),
    ).toEqual(build.parameters.map((p) => [p.name, p.value]));
    const data = byClass('hudson.plugins.git.util.BuildData');
    expect(data.map((d) => (d.lastBuiltRevision as Json).SHA1)).toEqual(build.revisions.map((r) => r.sha));
    expect(data.map((d) => d.remoteUrls)).toEqual(build.revisions.map((r) => [`https://github.com/${r.repo}.git`]));
    expect(data[0]?.buildsByBranchName).toHaveProperty([`refs/remotes/origin/${build.revisions[0]?.branch}`]);
    // actions with nothing exported keep their slot as {}
    expect(answer.actions).toContainEqual({});
  });

  it('names an upstream cause and its project, relative URL included', async () => {
    const build = [...sandbox.world.jenkins.builds.values()].find(
      (b) => b.causes[0]?.kind === 'upstream',
    ) as JenkinsBuild;
    const cause = build.causes[0];
    const answer = await jenkinsJson<{ actions: Json[] }>(
      jenkins,
      `${pathOf(build.job)}/${build.number}/api/json?tree=actions[causes[upstreamProject,upstreamBuild,upstreamUrl]]`,
    );
    expect(answer.actions[0]).toEqual({
      _class: 'hudson.model.CauseAction',
      causes: [
        {
          _class: 'hudson.model.Cause$UpstreamCause',
          upstreamProject: cause?.upstreamProject,
          upstreamBuild: cause?.upstreamBuild,
          upstreamUrl: `${pathOf(cause?.upstreamProject ?? '').slice(1)}/`,
        },
      ],
    });
  });

  it('shows a running build as running, then finished once the world advances past its end', async () => {
    const running = [...sandbox.world.jenkins.builds.values()].find((b) => b.building) as JenkinsBuild;
    const path = `${pathOf(running.job)}/${running.number}/api/json`;
    const before = await jenkinsJson(jenkins, path);
    expect(before).toMatchObject({ building: true, inProgress: true, result: null, duration: 0 });
    expect(before.executor).not.toBeNull();
    const job = await jenkinsJson(jenkins, `${pathOf(running.job)}/api/json?tree=color`);
    expect(job.color).toMatch(/_anime$/);
    const advanced = await fetch(`${jenkins.url}/_sandbox/advance`, { method: 'POST', body: '{"steps":2}' });
    expect(advanced.status).toBe(200);
    const finished = running.building ? undefined : running;
    expect(finished).toBeDefined();
    expect(await jenkinsJson(jenkins, path)).toMatchObject({
      building: false,
      inProgress: false,
      result: finished?.result,
      duration: finished?.duration,
      executor: null,
    });
  });

  it('shifts {M,N} ranges when new builds start, so a client tracks build numbers', async () => {
    const busy = () => [...sandbox.world.jenkins.builds.values()].filter((b) => b.building).map((b) => b.job);
    let job: string | undefined;
    const heads = new Map(jobs.filter((j) => j.buildable).map((j) => [j.fullName, buildsOf(j.fullName).length]));
    for (let i = 0; i < 5 && job === undefined; i++) {
      await fetch(`${jenkins.url}/_sandbox/advance`, { method: 'POST', body: '{"steps":1}' });
      job = busy().find((name) => buildsOf(name).length > (heads.get(name) ?? 0) && (heads.get(name) ?? 0) > 0);
    }
    expect(job).toBeDefined();
    const name = job as string;
    const firstBefore = heads.get(name);
    const answer = await jenkinsJson<{ allBuilds: BuildJson[] }>(
      jenkins,
      `${pathOf(name)}/api/json?tree=allBuilds[number,building]{0,2}`,
    );
    const newest = buildsOf(name).at(-1) as JenkinsBuild;
    expect(answer.allBuilds[0]).toMatchObject({ number: newest.number, building: true });
    expect(newest.number).toBeGreaterThan(firstBefore ?? 0);
  });

  it('opens one more level per depth and writes the tree over depth', async () => {
    const folder = jobNamed((j) => j.kind === 'multibranch');
    const deep = await jenkinsJson<{ jobs: Json[] }>(jenkins, `${pathOf(folder.fullName)}/api/json?depth=1`);
    expect(deep.jobs[0]).toHaveProperty('fullName');
    expect(Object.keys((deep.jobs[0]?.lastBuild as Json) ?? {}).sort()).toEqual(['_class', 'number', 'url']);
    const shallow = await jenkinsJson<{ jobs: Json[] }>(jenkins, `${pathOf(folder.fullName)}/api/json`);
    expect(shallow.jobs[0]).not.toHaveProperty('fullName');
    expect(await jenkinsJson(jenkins, `${pathOf(folder.fullName)}/api/json?depth=1&tree=name`)).toEqual({
      _class: folder.className,
      name: folder.name,
    });
  });

  it('indents with pretty=true, answers HEAD without a body, and sends X-Jenkins every time', async () => {
    const pretty = await jenkinsGet(jenkins, '/api/json?pretty=true&tree=mode');
    expect(pretty.body).toBe(JSON.stringify({ _class: 'hudson.model.Hudson', mode: 'NORMAL' }, null, 2));
    const head = await jenkinsGet(jenkins, '/api/json', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const answer of [pretty, head, await jenkinsGet(jenkins, '/job/none/api/json')]) {
      expect(answer.headers.get('x-jenkins')).toMatch(/^2\.\d+\.\d+$/);
    }
  });

  it('issues a crumb for the Jenkins-Crumb header', async () => {
    const crumb = await jenkinsJson(jenkins, '/crumbIssuer/api/json');
    expect(crumb).toEqual({
      _class: 'hudson.security.csrf.DefaultCrumbIssuer',
      crumb: expect.stringMatching(/^[0-9a-f]{64}$/),
      crumbRequestField: 'Jenkins-Crumb',
    });
  });
});
