import type { EpochMs } from './world-clock.js';

// Jenkins entities of the world (one Jenkins controller).

/** What kind of item a Jenkins job is; folder-like kinds hold other items and are not buildable. */
export type JenkinsJobKind = 'folder' | 'multibranch' | 'pipeline' | 'freestyle' | 'branch';

/**
 * An item of the controller: a folder, a multibranch project, or a buildable job.
 * Key: `fullName`, the slash-joined path of `name`s (`acme/Release Engineering/legacy/build all`);
 * group: the parent's full name (`''` for top-level items).
 */
export interface JenkinsJob {
  readonly fullName: string;
  /** URL-safe name as Jenkins stores it: a branch job for `feature/x` is named `feature%2Fx`. */
  readonly name: string;
  /** Human name (the decoded branch name for branch jobs); may contain spaces and unicode. */
  readonly displayName: string;
  readonly kind: JenkinsJobKind;
  /** Jenkins' `_class` for the item. */
  readonly className: string;
  /** Full name of the enclosing folder, or null at the top level. */
  readonly parent: string | null;
  readonly description: string | null;
  readonly buildable: boolean;
  /** The GitHub repository (`owner/name`) the job builds, or null for folders. */
  readonly repo: string | null;
  /** The branch the job builds (its head commit), or null. */
  readonly branch: string | null;
  /** For a multibranch `PR-<n>` job: the pull request number. */
  readonly pullNumber: number | null;
  readonly nextBuildNumber: number;
  readonly createdAt: EpochMs;
}

/** Result of a finished build; null while it runs. */
export type JenkinsResult = 'SUCCESS' | 'UNSTABLE' | 'FAILURE' | 'NOT_BUILT' | 'ABORTED';

/** Why a build started (a `CauseAction` cause). */
export interface JenkinsCause {
  readonly kind: 'user' | 'scm' | 'timer' | 'upstream' | 'branchIndexing';
  readonly shortDescription: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly upstreamProject: string | null;
  readonly upstreamBuild: number | null;
}

/** One git checkout of a build (the git plugin's `BuildData`): a real commit of a repository. */
export interface JenkinsRevision {
  /** GitHub repository `owner/name`; the remote URL is the simulator's `…/owner/name.git`. */
  readonly repo: string;
  readonly sha: string;
  /** Branch name without `refs/remotes/origin/`. */
  readonly branch: string;
}

/** A build parameter. */
export interface JenkinsParameter {
  readonly name: string;
  readonly value: string | boolean;
}

/** A build. Key: `<job fullName>#<number>`; group: the job's full name, in number order. */
export interface JenkinsBuild {
  readonly job: string;
  readonly number: number;
  readonly result: JenkinsResult | null;
  readonly building: boolean;
  /** Scheduled start. */
  readonly timestamp: EpochMs;
  /** 0 while building. */
  readonly duration: number;
  /** -1 when unknown. */
  readonly estimatedDuration: number;
  readonly queueId: number;
  /** Agent name; `''` is the built-in node. */
  readonly builtOn: string;
  readonly description: string | null;
  readonly causes: readonly JenkinsCause[];
  readonly parameters: readonly JenkinsParameter[];
  /** Checkouts: the job's repository first; pipelines also check out their shared library. */
  readonly revisions: readonly JenkinsRevision[];
}
