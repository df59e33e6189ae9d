import type { ChangeRecorder } from './change-recorder.js';
import type { JenkinsStore, PendingBuild } from './jenkins-store.js';
import type {
  JenkinsBuild,
  JenkinsCause,
  JenkinsJob,
  JenkinsJobKind,
  JenkinsParameter,
  JenkinsRevision,
} from './jenkins-types.js';
import { type Mutable, NONE } from './mutable.js';
import type { Random } from './random.js';
import { worldKeys } from './world-keys.js';

const MINUTE = 60_000;

/** Where Jenkins operations write and record, and what time it is in the world. */
export interface JenkinsOpContext {
  readonly store: JenkinsStore;
  readonly rng: Random;
  readonly now: number;
  readonly rec?: ChangeRecorder;
}

const CLASS_NAMES: Readonly<Record<JenkinsJobKind, string>> = {
  folder: 'com.cloudbees.hudson.plugins.folder.Folder',
  multibranch: 'org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject',
  pipeline: 'org.jenkinsci.plugins.workflow.job.WorkflowJob',
  branch: 'org.jenkinsci.plugins.workflow.job.WorkflowJob',
  freestyle: 'hudson.model.FreeStyleProject',
};

/** Jenkins' `_class` of a build of a job of this kind. */
export function buildClassOf(kind: JenkinsJobKind): string {
  return kind === 'freestyle' ? 'hudson.model.FreeStyleBuild' : 'org.jenkinsci.plugins.workflow.job.WorkflowRun';
}

/** Encodes a branch name as a multibranch job name: `%` and `/` percent-encoded, as Jenkins does. */
export function jobNameOfBranch(branch: string): string {
  return branch.replace(/%/g, '%25').replace(/\//g, '%2F');
}

/** An item to add. */
export interface NewJob {
  readonly name: string;
  readonly displayName?: string;
  readonly kind: JenkinsJobKind;
  readonly parent: string | null;
  readonly description?: string | null;
  readonly repo?: string | null;
  readonly branch?: string | null;
  readonly pullNumber?: number | null;
  readonly createdAt: number;
}

/** Adds an item under its parent folder. */
export function addJob(ctx: JenkinsOpContext, j: NewJob): Mutable<JenkinsJob> {
  const fullName = j.parent === null ? j.name : `${j.parent}/${j.name}`;
  const buildable = j.kind !== 'folder' && j.kind !== 'multibranch';
  const job: Mutable<JenkinsJob> = {
    fullName,
    name: j.name,
    displayName: j.displayName ?? j.name,
    kind: j.kind,
    className: CLASS_NAMES[j.kind],
    parent: j.parent,
    description: j.description ?? null,
    buildable,
    repo: j.repo ?? null,
    branch: j.branch ?? null,
    pullNumber: j.pullNumber ?? null,
    nextBuildNumber: 1,
    createdAt: j.createdAt,
  };
  ctx.store.jobs.insert(job);
  if (buildable) ctx.store.typicalDuration.set(fullName, ctx.rng.int(3 * MINUTE, 20 * MINUTE));
  ctx.rec?.created('jenkins', buildable ? 'jobs' : 'folders', fullName);
  return job;
}

/** A build to start. */
export interface NewBuild {
  readonly at: number;
  readonly causes: readonly JenkinsCause[];
  readonly parameters?: readonly JenkinsParameter[];
  readonly revisions: readonly JenkinsRevision[];
}

/**
 * Starts the job's next build. One whose planned end is not after the context's `now` finishes at
 * once; otherwise it is `building` until `finishDueBuilds` passes its end.
 */
export function startBuild(ctx: JenkinsOpContext, job: Mutable<JenkinsJob>, b: NewBuild): Mutable<JenkinsBuild> {
  const { store, rng } = ctx;
  const typical = store.typicalDuration.get(job.fullName) ?? 5 * MINUTE;
  const number = job.nextBuildNumber++;
  // builds start in number order, and not after now
  const previous = store.builds.group(job.fullName).at(-1);
  const at = Math.min(ctx.now, previous ? Math.max(b.at, previous.timestamp + 1_000) : b.at);
  const build: Mutable<JenkinsBuild> = {
    job: job.fullName,
    number,
    result: null,
    building: true,
    timestamp: at,
    duration: 0,
    estimatedDuration: number === 1 ? -1 : typical,
    queueId: store.queueIds.next(),
    builtOn: rng.chance(0.2) ? '' : `agent-${rng.int(1, 6)}`,
    description: rng.chance(0.05) ? 'Rebuilt after flaky test — “retry” ✓' : null,
    causes: b.causes,
    parameters: b.parameters ?? NONE,
    revisions: b.revisions,
  };
  store.builds.insert(build);
  const key = worldKeys.jenkinsBuild(job.fullName, number);
  ctx.rec?.created('jenkins', 'builds', key);
  ctx.rec?.updated('jenkins', 'jobs', job.fullName);
  const pending: PendingBuild = {
    build,
    endsAt: at + Math.round(typical * rng.float(0.7, 1.3)),
    result: rng.weighted(['SUCCESS', 'FAILURE', 'UNSTABLE', 'ABORTED', 'NOT_BUILT'] as const, [80, 11, 5, 3, 1]),
  };
  if (pending.endsAt <= ctx.now) finishBuild(ctx, pending);
  else store.pending.set(key, pending);
  return build;
}

/** Finishes a running build with its planned result. */
export function finishBuild(ctx: JenkinsOpContext, pending: PendingBuild): void {
  const { build, endsAt, result } = pending;
  build.building = false;
  build.result = result;
  build.duration = endsAt - build.timestamp;
  const key = worldKeys.jenkinsBuild(build.job, build.number);
  ctx.store.pending.delete(key);
  ctx.rec?.updated('jenkins', 'builds', key);
}

/** Finishes every running build whose planned end is not after the context's `now`. */
export function finishDueBuilds(ctx: JenkinsOpContext): void {
  for (const pending of [...ctx.store.pending.values()]) {
    if (pending.endsAt <= ctx.now) finishBuild(ctx, pending);
  }
}

/** A cause of a build. */
export function cause(
  kind: JenkinsCause['kind'],
  shortDescription: string,
  user: { id: string; name: string } | null = null,
  upstream: { project: string; build: number } | null = null,
): JenkinsCause {
  return {
    kind,
    shortDescription,
    userId: user?.id ?? null,
    userName: user?.name ?? null,
    upstreamProject: upstream?.project ?? null,
    upstreamBuild: upstream?.build ?? null,
  };
}
