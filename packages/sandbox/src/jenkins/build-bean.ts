import type { JenkinsBuild, JenkinsJob } from '../world/index.js';
import { buildClassOf } from '../world/jenkins-ops.js';
import { buildActions } from './build-actions.js';
import { changedCommits, changeSetBean, culpritBeans } from './change-sets.js';
import { ExportedBean, type ExportedProperty, prop } from './exported-bean.js';
import { buildUrl } from './jenkins-urls.js';
import type { ModelContext } from './model-context.js';

/** The display names of an item and its folders joined with " » ", as Jenkins shows them. */
export function fullDisplayNameOf(ctx: ModelContext, job: JenkinsJob): string {
  const names: string[] = [];
  for (
    let item: JenkinsJob | undefined = job;
    item;
    item = item.parent === null ? undefined : ctx.world.jenkins.jobs.get(item.parent)
  ) {
    names.unshift(item.displayName);
  }
  return names.join(' » ');
}

function executorBean(job: JenkinsJob, build: JenkinsBuild, now: number): ExportedBean {
  // Pipeline runs hold a flyweight executor; freestyle builds a regular one.
  const className = job.kind === 'freestyle' ? null : 'hudson.model.OneOffExecutor';
  const elapsed = now - build.timestamp;
  const progress =
    build.estimatedDuration > 0 ? Math.min(99, Math.floor((100 * elapsed) / build.estimatedDuration)) : -1;
  return new ExportedBean(className, [
    prop('idle', false),
    prop('likelyStuck', false),
    prop('number', build.queueId % 4),
    prop('progress', progress),
  ]);
}

/** A build of `job` as `/job/…/<n>/api/json` exports it (a `FreeStyleBuild` or a `WorkflowRun`). */
export function buildBean(ctx: ModelContext, job: JenkinsJob, build: JenkinsBuild): ExportedBean {
  const neighbour = (number: number) => (): ExportedBean | null => {
    const other = ctx.world.jenkins.builds.group(job.fullName)[number - 1];
    return other && other.number === number ? buildBean(ctx, job, other) : null;
  };
  const props: ExportedProperty[] = [
    prop('actions', () => buildActions(ctx, job, build)),
    prop('artifacts', []),
    prop('building', build.building),
    prop('description', build.description),
    prop('displayName', `#${build.number}`),
    prop('duration', build.duration),
    prop('estimatedDuration', build.estimatedDuration),
    prop('executor', () => (build.building ? executorBean(job, build, ctx.world.clock.now()) : null)),
    prop('fullDisplayName', () => `${fullDisplayNameOf(ctx, job)} #${build.number}`),
    prop('id', String(build.number)),
    prop('inProgress', build.building),
    prop('keepLog', false),
    prop('number', build.number, 2),
    prop('queueId', build.queueId),
    prop('result', build.result),
    prop('timestamp', build.timestamp),
    prop('url', buildUrl(ctx.rootUrl, job.fullName, build.number), 2),
  ];
  if (job.kind === 'freestyle') {
    props.push(
      prop('builtOn', build.builtOn),
      prop('changeSet', () => changeSetBean(ctx, build)),
      prop('culprits', () => culpritBeans(ctx, build)),
    );
  } else {
    props.push(
      prop('changeSets', () => {
        // a run without changes lists no change set at all
        return changedCommits(ctx, build).length > 0 ? [changeSetBean(ctx, build)] : [];
      }),
      prop('culprits', () => culpritBeans(ctx, build)),
      prop('nextBuild', neighbour(build.number + 1)),
      prop('previousBuild', neighbour(build.number - 1)),
    );
  }
  return new ExportedBean(buildClassOf(job.kind), props);
}
