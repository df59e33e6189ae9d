import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow, plain, rowsOf } from '../converter-test-kit.js';
import { buildsConverter } from './builds.js';

const org = { cicd_Organization: { source: 'Jenkins', uid: 'ci.acme.example' } };
const pipeline = (job: string) => ({ cicd_Pipeline: { organization: org, uid: job } });
const commit = (owner: string, repo: string, sha: string) => ({
  vcs_Commit: {
    repository: { vcs_Repository: { organization: { vcs_Organization: { source: 'GitHub', uid: owner } }, uid: repo } },
    uid: sha,
  },
});

describe('builds converter', () => {
  const [success, running, unstable, aborted, failure, notBuilt] = fixture('jenkins', 'builds');

  it('writes a finished build on its job pipeline with times and status', () => {
    const rows = convert(buildsConverter, success);
    const b = onlyRow(rows, 'cicd_Build').values;
    expect(plain(b.pipeline)).toEqual(pipeline('platform/web-app'));
    expect(b.uid).toBe('127');
    expect(b.number).toBe(127);
    expect(b.name).toBe('platform » web-app #127');
    expect(b.status).toEqual({ category: 'Success', detail: 'SUCCESS' });
    const start = 1708681512345;
    expect(b.createdAt).toBe(new Date(start).toISOString());
    expect(b.startedAt).toBe(new Date(start).toISOString());
    expect(b.endedAt).toBe(new Date(start + 305000).toISOString());
    expect(b.url).toBe('https://ci.acme.example/job/platform/job/web-app/127/');
    // The pipeline and organisation belong to `jobs`: here they are references.
    expect(rowsOf(rows, 'cicd_Pipeline').every((r) => r.referenceOnly)).toBe(true);
    expect(rowsOf(rows, 'cicd_Organization').every((r) => r.referenceOnly)).toBe(true);
  });

  it('associates each checked-out GitHub commit, referenced by key only', () => {
    const rows = convert(buildsConverter, success);
    const links = rowsOf(rows, 'cicd_BuildCommitAssociation');
    expect(links.map((l) => plain(l.values.commit))).toEqual([
      commit('acme', 'web-app', '9fceb02d0ae598e95dc970b74767f19372d61af8'),
      commit('acme', 'jenkins-shared-library', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'),
    ]);
    expect(links.map((l) => plain(l.values.build))).toEqual([
      { cicd_Build: { pipeline: pipeline('platform/web-app'), uid: '127' } },
      { cicd_Build: { pipeline: pipeline('platform/web-app'), uid: '127' } },
    ]);
    const commits = rowsOf(rows, 'vcs_Commit');
    expect(commits).toHaveLength(2);
    for (const c of commits) {
      expect(c.referenceOnly).toBe(true);
      expect(Object.keys(c.values).sort()).toEqual(['repository', 'uid']);
    }
    expect(rowsOf(rows, 'vcs_Repository').every((r) => r.referenceOnly)).toBe(true);
  });

  it('marks a build without result as running, with no end, and lower-cases shas', () => {
    const rows = convert(buildsConverter, running);
    const b = onlyRow(rows, 'cicd_Build').values;
    expect(b.status).toEqual({ category: 'Running', detail: 'building' });
    expect(b.endedAt).toBeNull();
    expect(plain(onlyRow(rows, 'cicd_BuildCommitAssociation').values.commit)).toEqual(
      commit('acme', 'web-app', '3c5a1f7e88e0c0b8a3b6d1c2e4f5a6b7c8d9e0f1'),
    );
  });

  it('maps UNSTABLE to Failed and associates a commit checked out twice once', () => {
    const rows = convert(buildsConverter, unstable);
    expect(onlyRow(rows, 'cicd_Build').values.status).toEqual({ category: 'Failed', detail: 'UNSTABLE' });
    expect(rowsOf(rows, 'cicd_BuildCommitAssociation')).toHaveLength(1);
  });

  it('maps ABORTED and NOT_BUILT to Canceled, FAILURE to Failed; skips non-GitHub remotes', () => {
    expect(onlyRow(convert(buildsConverter, aborted), 'cicd_Build').values.status).toEqual({
      category: 'Canceled',
      detail: 'ABORTED',
    });
    expect(onlyRow(convert(buildsConverter, notBuilt), 'cicd_Build').values.status).toEqual({
      category: 'Canceled',
      detail: 'NOT_BUILT',
    });
    const rows = convert(buildsConverter, failure);
    expect(onlyRow(rows, 'cicd_Build').values.status).toEqual({ category: 'Failed', detail: 'FAILURE' });
    expect(rowsOf(rows, 'cicd_BuildCommitAssociation')).toEqual([]);
    expect(rowsOf(rows, 'vcs_Commit')).toEqual([]);
  });

  it('rejects a build without job or number, naming the field', () => {
    expect(() => convert(buildsConverter, { server: 'https://ci/', number: 1 })).toThrow(/^field job: /);
    expect(() => convert(buildsConverter, { server: 'https://ci/', job: 'a', number: '1' })).toThrow(/^field number: /);
    expect(() =>
      convert(buildsConverter, { server: 'https://ci/', job: 'a', number: 1, commits: [{ remoteUrls: [] }] }),
    ).toThrow(/^field commits\.0\.sha: /);
  });
});
