import type { JenkinsBuild, JenkinsCause, JenkinsJob, JenkinsParameter, JenkinsRevision } from '../world/index.js';
import { ExportedBean, ExportedMap, prop } from './exported-bean.js';
import { itemPath } from './jenkins-urls.js';
import type { ModelContext } from './model-context.js';

const CAUSE_CLASSES: Readonly<Record<JenkinsCause['kind'], string>> = {
  user: 'hudson.model.Cause$UserIdCause',
  scm: 'hudson.triggers.SCMTrigger$SCMTriggerCause',
  timer: 'hudson.triggers.TimerTrigger$TimerTriggerCause',
  upstream: 'hudson.model.Cause$UpstreamCause',
  branchIndexing: 'jenkins.branch.BranchIndexingCause',
};

// Actions with nothing exported: Jenkins writes them as `{}`, and they take their slot in the array.
const PLACEHOLDER = new ExportedBean(null, []);
const marker = (className: string): ExportedBean => new ExportedBean(className, []);

function causeBean(cause: JenkinsCause): ExportedBean {
  const props = [prop('shortDescription', cause.shortDescription, 3)];
  if (cause.kind === 'user') props.push(prop('userId', cause.userId, 3), prop('userName', cause.userName ?? '', 3));
  if (cause.kind === 'upstream' && cause.upstreamProject !== null) {
    props.push(
      prop('upstreamBuild', cause.upstreamBuild, 3),
      prop('upstreamProject', cause.upstreamProject, 3),
      // relative to the root URL, as Jenkins stores it
      prop('upstreamUrl', itemPath(cause.upstreamProject), 3),
    );
  }
  return new ExportedBean(CAUSE_CLASSES[cause.kind], props);
}

function parameterBean(parameter: JenkinsParameter): ExportedBean {
  const className =
    typeof parameter.value === 'boolean' ? 'hudson.model.BooleanParameterValue' : 'hudson.model.StringParameterValue';
  return new ExportedBean(className, [prop('name', parameter.name, 3), prop('value', parameter.value, 3)]);
}

/**
 * The branch name the git plugin records: a multibranch job's checkout of its own repository is named
 * after the branch head (`main`, `PR-24`); other checkouts after the remote-tracking ref.
 */
function branchName(job: JenkinsJob, revision: JenkinsRevision, index: number): string {
  if (job.kind === 'branch' && index === 0) return job.displayName;
  return `refs/remotes/origin/${revision.branch}`;
}

// The git plugin exports its objects at full visibility: a build's depth-0 answer shows them whole.
const GIT = 999;

const revisionBean = (sha: string, branch: string): ExportedBean =>
  new ExportedBean(null, [
    prop('SHA1', sha, GIT),
    prop('branch', [new ExportedBean(null, [prop('SHA1', sha, GIT), prop('name', branch, GIT)])], GIT),
  ]);

/** Branch → last build of it, over the job's builds up to this one that checked out the same remote. */
function buildsByBranch(ctx: ModelContext, job: JenkinsJob, build: JenkinsBuild, index: number): ExportedMap {
  const repo = build.revisions[index]?.repo;
  const latest = new Map<string, { number: number; sha: string }>();
  for (const b of ctx.world.jenkins.builds.group(job.fullName)) {
    if (b.number > build.number) break;
    b.revisions.forEach((r, i) => {
      if (r.repo === repo) latest.set(branchName(job, r, i), { number: b.number, sha: r.sha });
    });
  }
  return new ExportedMap(
    [...latest].map(([branch, last]) => {
      const revision = revisionBean(last.sha, branch);
      return [
        branch,
        new ExportedBean('hudson.plugins.git.util.Build', [
          prop('buildNumber', last.number, GIT),
          // the git plugin never fills this in
          prop('buildResult', null, GIT),
          prop('marked', revision, GIT),
          prop('revision', revision, GIT),
        ]),
      ] as const;
    }),
  );
}

function buildDataBean(ctx: ModelContext, job: JenkinsJob, build: JenkinsBuild, index: number): ExportedBean {
  const revision = build.revisions[index] as JenkinsRevision;
  return new ExportedBean('hudson.plugins.git.util.BuildData', [
    prop('buildsByBranchName', () => buildsByBranch(ctx, job, build, index), GIT),
    prop('lastBuiltRevision', revisionBean(revision.sha, branchName(job, revision, index)), GIT),
    prop('remoteUrls', [ctx.remoteUrl(revision.repo)], GIT),
    prop('scmName', '', GIT),
  ]);
}

function testResultBean(build: JenkinsBuild): ExportedBean {
  // Deterministic counts from the build number; unstable builds have failing tests.
  const totalCount = 120 + (build.number % 41);
  const failCount = build.result === 'UNSTABLE' ? 1 + (build.number % 3) : 0;
  return new ExportedBean('hudson.tasks.junit.TestResultAction', [
    prop('failCount', failCount, 2),
    prop('skipCount', build.number % 5, 2),
    prop('totalCount', totalCount, 2),
    prop('urlName', 'testReport', 2),
  ]);
}

/**
 * A build's `actions`, in the order Jenkins tends to list them: the causes, the parameters, one git
 * `BuildData` per checkout (a pipeline's own repository, then its shared library), markers of other
 * plugins (only `_class`) and `{}` slots for actions with nothing exported.
 */
export function buildActions(ctx: ModelContext, job: JenkinsJob, build: JenkinsBuild): ExportedBean[] {
  const actions: ExportedBean[] = [
    new ExportedBean('hudson.model.CauseAction', [prop('causes', build.causes.map(causeBean), 2)]),
  ];
  if (build.parameters.length > 0) {
    actions.push(
      new ExportedBean('hudson.model.ParametersAction', [prop('parameters', build.parameters.map(parameterBean), 2)]),
    );
  }
  actions.push(PLACEHOLDER);
  build.revisions.forEach((_, index) => {
    actions.push(buildDataBean(ctx, job, build, index));
    if (index === 0) actions.push(marker('hudson.plugins.git.GitTagAction'));
    actions.push(PLACEHOLDER);
  });
  if (job.kind === 'freestyle') {
    if (!build.building && build.result !== 'NOT_BUILT' && build.result !== 'ABORTED')
      actions.push(testResultBean(build));
  } else {
    actions.push(marker('org.jenkinsci.plugins.workflow.libs.LibrariesAction'), PLACEHOLDER);
    actions.push(marker('org.jenkinsci.plugins.workflow.job.views.FlowGraphAction'));
  }
  actions.push(PLACEHOLDER, PLACEHOLDER);
  return actions;
}
