import { describeSourceConformance, discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { JenkinsSource } from '@faros-ce/source-jenkins';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKey, startJenkinsSandbox } from './jenkins-sandbox.js';

// Started at import: the conformance suite takes its config when the tests are declared.
const { sandbox, config } = await startJenkinsSandbox();
afterAll(() => sandbox.close());

describe('source-jenkins against the sandbox', () => {
  describeSourceConformance({ describe, it }, 'source-jenkins', {
    subject: inProcess(new JenkinsSource()),
    config,
    invalidConfig: { ...config, token: 'not-the-token' },
  });

  it('reads nested folders, multibranch branches and names with spaces, encoded slashes and unicode', async () => {
    const subject = inProcess(new JenkinsSource());
    const catalog = await discoverCatalog(subject, config);
    const run = await subject.read(config, catalog);
    expect(run.exitCode).toBe(0);
    const jobs = new Map(run.records('jobs').map((r) => [String(r.data.fullName), r.data]));
    const truth = sandbox.world.truth().jenkins;
    expect([...jobs.keys()].sort()).toEqual([...truth.jobs.keys, ...truth.folders.keys].sort());
    const names = [...jobs.keys()];
    // Each awkward kind exists in this world, and every one of them got its builds.
    const awkward = {
      nested: names.filter((n) => n.split('/').length >= 4),
      space: names.filter((n) => n.includes(' ')),
      encodedSlash: names.filter((n) => n.includes('%2F')),
      unicode: names.filter((n) => /[^\u0020-\u007e]/u.test(n)),
      branch: names.filter(
        (n) =>
          jobs.get(n)?.parent !== null && /MultiBranch/.test(String(jobs.get(jobs.get(n)?.parent as string)?._class)),
      ),
    };
    for (const [kind, list] of Object.entries(awkward)) expect(list.length, kind).toBeGreaterThan(0);
    const buildsByJob = new Set(run.records('builds').map((r) => String(r.data.job)));
    for (const name of [...awkward.nested, ...awkward.space, ...awkward.encodedSlash, ...awkward.unicode]) {
      if (jobs.get(name)?.buildable) expect(buildsByJob, name).toContain(name);
    }
    expect(
      run
        .records('builds')
        .map((r) => buildKey(r.data))
        .sort(),
    ).toEqual([...truth.builds.keys].sort());
    // A job record carries what the destination's converters read.
    const branchJob = jobs.get(awkward.branch[0] as string);
    expect(branchJob).toMatchObject({ server: config.server_url.replace(/\/?$/, '/'), buildable: true });
    expect(branchJob?.url).toMatch(/\/job\/[^/]+\/job\/[^/]+\/job\/[^/]+\/$/);
  });
});
