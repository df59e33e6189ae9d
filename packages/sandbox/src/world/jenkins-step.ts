import { mainRevision } from './generate-jenkins.js';
import type { GithubStepResult } from './github-step.js';
import type { GithubStore, RepoState } from './github-store.js';
import { cause, finishDueBuilds, type JenkinsOpContext, startBuild } from './jenkins-ops.js';
import type { JenkinsJob, JenkinsRevision } from './jenkins-types.js';
import type { Mutable } from './mutable.js';
import type { StepProfile } from './scale-profile.js';
import type { StepTimer } from './step-timer.js';
import { worldKeys as k } from './world-keys.js';

/** The head a job would build now: its pull request's head, its branch's, or the default branch's. */
function revisionFor(github: GithubStore, library: RepoState, job: JenkinsJob, at: number): JenkinsRevision | null {
  const state = job.repo ? github.repoStates.get(job.repo) : library;
  if (!state) return null;
  if (job.pullNumber !== null) {
    const pr = github.pullRequests.get(k.issue(state.repo.fullName, job.pullNumber));
    return pr ? { repo: pr.repo, sha: pr.headSha, branch: pr.headRef } : null;
  }
  if (job.branch === null || job.branch === state.repo.defaultBranch) return mainRevision(state, at);
  const branch = github.branches.get(k.branch(state.repo.fullName, job.branch));
  return branch ? { repo: branch.repo, sha: branch.sha, branch: branch.name } : null;
}

/**
 * One hour of Jenkins activity: running builds whose time is up finish; jobs whose commits moved
 * (default-branch jobs of merged repositories, jobs of pushed pull requests) start builds, plus a
 * few other jobs. New builds are still running at the end of the step.
 */
export function jenkinsStep(
  ctx: JenkinsOpContext,
  github: GithubStore,
  library: RepoState,
  moved: GithubStepResult,
  step: StepProfile,
  timer: StepTimer,
): void {
  const { store, rng } = ctx;
  finishDueBuilds(ctx);
  const buildable: Mutable<JenkinsJob>[] = [];
  for (const job of store.jobs.values()) if (job.buildable) buildable.push(job);
  const targets: Mutable<JenkinsJob>[] = [];
  const merged = new Set(moved.mainMoved);
  const pushed = new Set(moved.pushed.map((p) => k.issue(p.repo, p.number)));
  for (const job of buildable) {
    if (job.repo === null) continue;
    const onMain = job.pullNumber === null && (job.branch === null || job.branch === 'main');
    if (
      (onMain && merged.has(job.repo)) ||
      (job.pullNumber !== null && pushed.has(k.issue(job.repo, job.pullNumber)))
    ) {
      targets.push(job);
    }
  }
  for (let n = 0; n < step.builds && buildable.length > 0; n++) {
    const job = rng.pick(buildable);
    if (!targets.includes(job)) targets.push(job);
  }
  // start late in the step so the builds are still running when it ends
  const at = Math.max(timer.next(), ctx.now - 60_000);
  for (const job of targets) {
    const revision = revisionFor(github, library, job, at);
    if (!revision) continue;
    const revisions = job.kind === 'freestyle' ? [revision] : [revision, mainRevision(library, at)];
    startBuild(ctx, job, { at, causes: [cause('scm', 'Started by an SCM change')], revisions });
  }
}
