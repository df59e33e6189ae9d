import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow, plain, rowsOf } from '../converter-test-kit.js';
import { jobsConverter } from './jobs.js';

describe('jobs converter', () => {
  const [folder, pipeline, freestyle, multibranch, branch] = fixture('jenkins', 'jobs');

  it('writes the controller organisation from the host of server', () => {
    expect(onlyRow(convert(jobsConverter, pipeline), 'cicd_Organization').values).toEqual({
      source: 'Jenkins',
      uid: 'ci.acme.example',
      name: 'ci.acme.example',
      url: 'https://ci.acme.example/',
    });
  });

  it('writes a pipeline per buildable job, uid = fullName', () => {
    const p = onlyRow(convert(jobsConverter, pipeline), 'cicd_Pipeline').values;
    expect(p.uid).toBe('platform/web-app');
    expect(plain(p.organization)).toEqual({ cicd_Organization: { source: 'Jenkins', uid: 'ci.acme.example' } });
    expect(p.name).toBe('platform » web-app');
    expect(p.url).toBe('https://ci.acme.example/job/platform/job/web-app/');
    expect(onlyRow(convert(jobsConverter, freestyle), 'cicd_Pipeline').values.uid).toBe('nightly-backup');
    expect(onlyRow(convert(jobsConverter, branch), 'cicd_Pipeline').values.uid).toBe(
      'platform/auth-lib/feature%2Ftoken-refresh',
    );
  });

  it('writes no pipeline for folders and multibranch projects', () => {
    expect(rowsOf(convert(jobsConverter, folder), 'cicd_Pipeline')).toEqual([]);
    expect(rowsOf(convert(jobsConverter, multibranch), 'cicd_Pipeline')).toEqual([]);
  });

  it('rejects a job without server or with a server that is not a URL', () => {
    expect(() => convert(jobsConverter, { fullName: 'a' })).toThrow(/^field server: /);
    expect(() => convert(jobsConverter, { fullName: 'a', server: 'ci' })).toThrow(/^field server: /);
  });
});
