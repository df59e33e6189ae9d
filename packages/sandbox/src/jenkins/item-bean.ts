import type { JenkinsBuild, JenkinsJob } from '../world/index.js';
import { buildBean, fullDisplayNameOf } from './build-bean.js';
import { ExportedBean, type ExportedProperty, type ExportedValue, prop } from './exported-bean.js';
import { itemUrl, PERMALINKS } from './jenkins-urls.js';
import {
  buildStability,
  type HealthReport,
  healthReport,
  jobColor,
  newestFirst,
  permalinkBuild,
} from './job-status.js';
import type { ModelContext } from './model-context.js';

/** Jenkins lists at most this many builds in a job's `builds`; `allBuilds` has them all. */
export const BUILDS_LIMIT = 100;

/** Items in Jenkins' order: by name, ignoring case. */
function sortItems(items: readonly JenkinsJob[]): JenkinsJob[] {
  const key = (j: JenkinsJob): string => j.name.toLowerCase();
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The items directly inside a folder (`''`: the top level), in Jenkins' order. */
export function childItems(ctx: ModelContext, parent: string): JenkinsJob[] {
  return sortItems(ctx.world.jenkins.jobs.group(parent));
}

/** An item's health: its build stability, or for a folder the worst of its items' reports. */
function healthOf(ctx: ModelContext, job: JenkinsJob): HealthReport | null {
  if (job.buildable) return buildStability(ctx.world.jenkins.builds.group(job.fullName));
  let worst: { job: JenkinsJob; report: HealthReport } | null = null;
  for (const child of childItems(ctx, job.fullName)) {
    const report = healthOf(ctx, child);
    if (report && (!worst || report.score < worst.report.score)) worst = { job: child, report };
  }
  if (!worst) return null;
  const description = worst.report.description.startsWith('Worst health: ')
    ? worst.report.description
    : `Worst health: ${worst.job.fullName}: ${worst.report.description}`;
  return healthReport(worst.report.score, description);
}

function healthBeans(ctx: ModelContext, job: JenkinsJob): ExportedBean[] {
  const report = healthOf(ctx, job);
  if (!report) return [];
  return [
    new ExportedBean(null, [
      prop('description', report.description, 2),
      prop('iconClassName', report.iconClassName, 2),
      prop('iconUrl', report.iconUrl, 2),
      prop('score', report.score, 2),
    ]),
  ];
}

const marker = (className: string): ExportedBean => new ExportedBean(className, []);
const PLACEHOLDER = new ExportedBean(null, []);

function itemActions(job: JenkinsJob): ExportedBean[] {
  if (!job.buildable) return [PLACEHOLDER, marker('com.cloudbees.plugins.credentials.ViewCredentialsAction')];
  return [
    PLACEHOLDER,
    PLACEHOLDER,
    marker('org.jenkinsci.plugins.displayurlapi.actions.JobDisplayAction'),
    marker('com.cloudbees.plugins.credentials.ViewCredentialsAction'),
  ];
}

function buildableProps(ctx: ModelContext, job: JenkinsJob): ExportedProperty[] {
  const builds = (): readonly JenkinsBuild[] => ctx.world.jenkins.builds.group(job.fullName);
  const ref = (build: JenkinsBuild | undefined): ExportedValue => (build ? buildBean(ctx, job, build) : null);
  return [
    prop('buildable', true),
    prop('builds', () =>
      newestFirst(builds())
        .slice(0, BUILDS_LIMIT)
        .map((b) => buildBean(ctx, job, b)),
    ),
    prop('color', () => jobColor(builds()), 2),
    prop('firstBuild', () => ref(builds()[0])),
    prop('inQueue', false),
    prop('keepDependencies', false),
    ...PERMALINKS.map((link) => prop(link, () => ref(permalinkBuild(builds(), link)))),
    prop('nextBuildNumber', () => job.nextBuildNumber),
    prop('property', []),
    prop('queueItem', null),
    prop('concurrentBuild', job.kind !== 'freestyle'),
    prop('allBuilds', () => newestFirst(builds()).map((b) => buildBean(ctx, job, b)), -2),
  ];
}

/**
 * An item as `/job/…/api/json` exports it: a folder or multibranch project (with `jobs`), or a
 * freestyle or pipeline job (with `builds`, the permalinks, `color` and the hidden `allBuilds`).
 */
export function itemBean(ctx: ModelContext, job: JenkinsJob): ExportedBean {
  const props: ExportedProperty[] = [
    prop('actions', () => itemActions(job)),
    prop('description', job.description),
    prop('displayName', job.displayName),
    prop('displayNameOrNull', job.displayName === job.name ? null : job.displayName),
    prop('fullDisplayName', () => fullDisplayNameOf(ctx, job)),
    prop('fullName', job.fullName),
    prop('name', job.name, 2),
    prop('url', itemUrl(ctx.rootUrl, job.fullName), 2),
    prop('healthReport', () => healthBeans(ctx, job)),
  ];
  if (job.buildable) props.push(...buildableProps(ctx, job));
  else props.push(prop('jobs', () => childItems(ctx, job.fullName).map((child) => itemBean(ctx, child))));
  return new ExportedBean(job.className, props);
}

function allView(ctx: ModelContext): ExportedBean {
  return new ExportedBean('hudson.model.AllView', [prop('name', 'all', 2), prop('url', ctx.rootUrl, 2)]);
}

/** The controller itself, `/api/json` (`hudson.model.Hudson`). */
export function rootBean(ctx: ModelContext): ExportedBean {
  return new ExportedBean('hudson.model.Hudson', [
    prop('mode', 'NORMAL'),
    prop('nodeDescription', "the Jenkins controller's built-in node"),
    prop('nodeName', ''),
    prop('numExecutors', 0),
    prop('description', null),
    prop('jobs', () => childItems(ctx, '').map((job) => itemBean(ctx, job))),
    prop('primaryView', () => allView(ctx)),
    prop('quietingDown', false),
    prop('url', ctx.rootUrl),
    prop('useCrumbs', true),
    prop('useSecurity', true),
    prop('views', () => [allView(ctx)]),
  ]);
}
