import type { JenkinsBuild, JenkinsResult } from '../world/index.js';
import type { Permalink } from './jenkins-urls.js';

/** A job's builds newest first, as Jenkins lists them. */
export function newestFirst(builds: readonly JenkinsBuild[]): JenkinsBuild[] {
  return [...builds].reverse();
}

const PERMALINK_TESTS: Readonly<Record<Permalink, (b: JenkinsBuild) => boolean>> = {
  lastBuild: () => true,
  lastCompletedBuild: (b) => !b.building,
  // "Successful" includes unstable builds; "stable" doesn't.
  lastSuccessfulBuild: (b) => b.result === 'SUCCESS' || b.result === 'UNSTABLE',
  lastStableBuild: (b) => b.result === 'SUCCESS',
  lastUnstableBuild: (b) => b.result === 'UNSTABLE',
  lastFailedBuild: (b) => b.result === 'FAILURE',
  lastUnsuccessfulBuild: (b) => !b.building && b.result !== 'SUCCESS',
};

/** The build a permalink designates, from builds in number order; undefined when there is none. */
export function permalinkBuild(builds: readonly JenkinsBuild[], link: Permalink): JenkinsBuild | undefined {
  const test = PERMALINK_TESTS[link];
  for (let i = builds.length - 1; i >= 0; i--) {
    const build = builds[i] as JenkinsBuild;
    if (test(build)) return build;
  }
  return undefined;
}

const COLORS: Readonly<Record<JenkinsResult, string>> = {
  SUCCESS: 'blue',
  UNSTABLE: 'yellow',
  FAILURE: 'red',
  ABORTED: 'aborted',
  NOT_BUILT: 'notbuilt',
};

/** The ball colour of a buildable job: its last completed result, `_anime` while a build runs. */
export function jobColor(builds: readonly JenkinsBuild[]): string {
  const completed = permalinkBuild(builds, 'lastCompletedBuild');
  const base = completed?.result ? COLORS[completed.result] : 'notbuilt';
  return builds.at(-1)?.building ? `${base}_anime` : base;
}

/** One entry of a `healthReport`. */
export interface HealthReport {
  readonly description: string;
  readonly iconClassName: string;
  readonly iconUrl: string;
  readonly score: number;
}

function icon(score: number): string {
  if (score <= 20) return '00to19';
  if (score <= 40) return '20to39';
  if (score <= 60) return '40to59';
  if (score <= 80) return '60to79';
  return '80plus';
}

/** A report with Jenkins' weather icons for a score. */
export function healthReport(score: number, description: string): HealthReport {
  const name = icon(score);
  return { description, iconClassName: `icon-health-${name}`, iconUrl: `health-${name}.png`, score };
}

/** Build stability over the last five completed builds that passed or failed; null without any. */
export function buildStability(builds: readonly JenkinsBuild[]): HealthReport | null {
  const recent: JenkinsBuild[] = [];
  for (let i = builds.length - 1; i >= 0 && recent.length < 5; i--) {
    const b = builds[i] as JenkinsBuild;
    if (b.result === 'SUCCESS' || b.result === 'UNSTABLE' || b.result === 'FAILURE') recent.push(b);
  }
  if (recent.length === 0) return null;
  const failed = recent.filter((b) => b.result === 'FAILURE').length;
  const score = Math.round((100 * (recent.length - failed)) / recent.length);
  const description =
    failed === 0
      ? 'Build stability: No recent builds failed.'
      : failed === recent.length
        ? 'Build stability: All recent builds failed.'
        : `Build stability: ${failed} out of the last ${recent.length} builds failed.`;
  return healthReport(score, description);
}
