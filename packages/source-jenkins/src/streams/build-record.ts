import type { ApiAction, ApiBuild } from '../client/jenkins-types.js';

/** One git checkout of a build, from the git plugin's `BuildData` action. */
export interface BuildCommit {
  readonly sha: string;
  readonly branch: string | null;
  readonly remoteUrls: string[];
}

/** A `builds` record (shape fixed in DESIGN.md). */
export interface BuildRecord {
  readonly [field: string]: unknown;
  readonly job: string;
  readonly number: number;
  readonly id: string;
  readonly displayName: string | null;
  readonly fullDisplayName: string | null;
  readonly result: string | null;
  readonly building: boolean;
  readonly timestamp: number | null;
  readonly duration: number | null;
  readonly estimatedDuration: number | null;
  readonly url: string | null;
  readonly causes: { shortDescription: string | null; userId: string | null }[];
  readonly parameters: { name: string; value: unknown }[];
  readonly commits: BuildCommit[];
  readonly server: string;
}

/** The `builds` record of a build of job `job` (its full name). */
export function toBuildRecord(build: ApiBuild, job: string, server: string): BuildRecord {
  const actions = (build.actions ?? []).filter((a): a is ApiAction => a !== null && typeof a === 'object');
  return {
    job,
    number: build.number,
    id: build.id ?? String(build.number),
    displayName: build.displayName ?? null,
    fullDisplayName: build.fullDisplayName ?? null,
    result: build.result ?? null,
    // A build without a result is still running, also on versions that leave `building` out.
    building: build.building ?? (build.result === null || build.result === undefined),
    timestamp: build.timestamp ?? null,
    duration: build.duration ?? null,
    estimatedDuration: build.estimatedDuration ?? null,
    url: build.url ?? null,
    causes: actions.flatMap((a) =>
      (a.causes ?? []).map((c) => ({ shortDescription: c.shortDescription ?? null, userId: c.userId ?? null })),
    ),
    parameters: actions.flatMap((a) =>
      (a.parameters ?? []).flatMap((p) =>
        typeof p.name === 'string' ? [{ name: p.name, value: p.value ?? null }] : [],
      ),
    ),
    commits: commitsOf(actions),
    server,
  };
}

/**
 * Every checkout of the build: a Pipeline run has one `BuildData` per checkout (its repository,
 * shared libraries...), and Jenkins may repeat one. Deduplicated by sha, branch and remotes.
 */
export function commitsOf(actions: readonly ApiAction[]): BuildCommit[] {
  const commits: BuildCommit[] = [];
  const seen = new Set<string>();
  for (const action of actions) {
    const sha = action.lastBuiltRevision?.SHA1;
    if (typeof sha !== 'string' || sha === '') continue;
    const branch = branchName(action.lastBuiltRevision?.branch?.[0]?.name);
    const remoteUrls = (action.remoteUrls ?? []).filter((u): u is string => typeof u === 'string');
    const key = JSON.stringify([sha, branch, remoteUrls]);
    if (seen.has(key)) continue;
    seen.add(key);
    commits.push({ sha, branch, remoteUrls });
  }
  return commits;
}

/** `refs/remotes/origin/main` → `main`; multibranch checkouts already carry the plain name (`PR-24`). */
export function branchName(ref: string | undefined): string | null {
  if (typeof ref !== 'string' || ref === '') return null;
  return ref.replace(/^refs\/remotes\/[^/]+\//, '').replace(/^refs\/heads\//, '');
}
