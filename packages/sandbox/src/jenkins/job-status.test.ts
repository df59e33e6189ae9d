import { describe, expect, it } from 'vitest';
import type { JenkinsBuild, JenkinsResult } from '../world/index.js';
import { buildStability, jobColor, permalinkBuild } from './job-status.js';

const build = (number: number, result: JenkinsResult | null): JenkinsBuild => ({
  job: 'j',
  number,
  result,
  building: result === null,
  timestamp: number * 1000,
  duration: result === null ? 0 : 10,
  estimatedDuration: -1,
  queueId: number,
  builtOn: '',
  description: null,
  causes: [],
  parameters: [],
  revisions: [],
});

describe('permalinkBuild', () => {
  const builds = [build(1, 'SUCCESS'), build(2, 'UNSTABLE'), build(3, 'FAILURE'), build(4, 'ABORTED'), build(5, null)];
  it.each([
    ['lastBuild', 5],
    ['lastCompletedBuild', 4],
    ['lastSuccessfulBuild', 2],
    ['lastStableBuild', 1],
    ['lastUnstableBuild', 2],
    ['lastFailedBuild', 3],
    ['lastUnsuccessfulBuild', 4],
  ] as const)('%s is build %i', (link, number) => {
    expect(permalinkBuild(builds, link)?.number).toBe(number);
  });
  it('finds nothing in a job without builds', () => {
    expect(permalinkBuild([], 'lastBuild')).toBeUndefined();
  });
});

describe('jobColor', () => {
  it('follows the last completed result and animates while a build runs', () => {
    expect(jobColor([])).toBe('notbuilt');
    expect(jobColor([build(1, null)])).toBe('notbuilt_anime');
    expect(jobColor([build(1, 'SUCCESS')])).toBe('blue');
    expect(jobColor([build(1, 'FAILURE'), build(2, null)])).toBe('red_anime');
    expect(jobColor([build(1, 'UNSTABLE')])).toBe('yellow');
    expect(jobColor([build(1, 'ABORTED')])).toBe('aborted');
  });
});

describe('buildStability', () => {
  it('scores the share of the last five completed builds that did not fail', () => {
    expect(buildStability([])).toBeNull();
    const report = buildStability([
      build(1, 'FAILURE'),
      build(2, 'SUCCESS'),
      build(3, 'FAILURE'),
      build(4, 'SUCCESS'),
      build(5, 'UNSTABLE'),
      build(6, 'SUCCESS'),
      build(7, null),
    ]);
    expect(report).toEqual({
      description: 'Build stability: 1 out of the last 5 builds failed.',
      // Jenkins' top icon is for scores over 80
      iconClassName: 'icon-health-60to79',
      iconUrl: 'health-60to79.png',
      score: 80,
    });
    expect(buildStability([build(1, 'SUCCESS')])?.iconClassName).toBe('icon-health-80plus');
    expect(buildStability([build(1, 'FAILURE')])?.score).toBe(0);
    expect(buildStability([build(1, 'FAILURE')])?.iconClassName).toBe('icon-health-00to19');
  });
});
