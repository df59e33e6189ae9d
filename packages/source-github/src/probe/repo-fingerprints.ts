/** What a stream's skip depends on: one fingerprint per kind of change the probe watches. */
export type ChangeKind = 'pulls' | 'issues' | 'milestones' | 'releases' | 'commits' | 'deployments';

/** A repository's fingerprints; a kind is missing when the probe could not vouch for it. */
export type RepoFingerprints = Partial<Record<ChangeKind, string>>;

/**
 * Deployments the probe lists per repository: a repository with more is read as without a probe. A
 * connection costs the same points whatever its page size (GitHub counts one request per connection
 * and parent), and 50 repositories x 100 nodes stay far below the 500,000-node limit.
 */
export const PROBE_DEPLOYMENTS = 100;

/**
 * The probe's selection on each repository: the newest item of each list by the time the streams'
 * cursors follow, with the list's size (a new item moves the newest time; the count also shows
 * deletions), the default branch's head, and every deployment's `updatedAt` (GitHub lists them by
 * creation only, and a new status moves an old deployment's time).
 */
export const PROBE_FIELDS = `
  pullRequests(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { updatedAt } }
  issues(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { updatedAt } }
  milestones(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { totalCount nodes { updatedAt } }
  releases(first: 1, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount nodes { createdAt } }
  defaultBranchRef { name target { oid } }
  deployments(first: ${PROBE_DEPLOYMENTS}, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount nodes { updatedAt } }`;

interface Newest<K extends string> {
  readonly totalCount: number;
  readonly nodes: readonly (Record<K, string> | null)[];
}

/** One repository as the probe selects it ({@link PROBE_FIELDS}). */
export interface ProbedRepository {
  readonly pullRequests?: Newest<'updatedAt'> | null;
  readonly issues?: Newest<'updatedAt'> | null;
  readonly milestones?: Newest<'updatedAt'> | null;
  readonly releases?: Newest<'createdAt'> | null;
  readonly defaultBranchRef?: { readonly name: string; readonly target: { readonly oid: string } | null } | null;
  readonly deployments?: Newest<'updatedAt'> | null;
}

/**
 * How long before the probe's server time the newest change must be for its time to vouch for
 * "nothing since": GitHub's times are whole seconds, so a change made in the probe's own second, after
 * it, would carry the same time; the rest covers clock skew between GitHub's front ends and storage.
 */
export const SETTLE_MS = 60_000;

/**
 * The fingerprints of one probed repository. `serverTime` is the probe answer's `Date` (ms): a
 * time-based fingerprint whose newest time is not at least {@link SETTLE_MS} older is left out, so the
 * streams read that repository as they would without a probe.
 */
export function fingerprintsOf(repo: ProbedRepository, serverTime: number | undefined): RepoFingerprints {
  const settled = (iso: string | undefined): boolean =>
    iso === undefined || (serverTime !== undefined && Date.parse(iso) <= serverTime - SETTLE_MS);
  const part = <K extends string>(list: Newest<K> | null | undefined, field: K): string | undefined => {
    if (!list) return undefined;
    const newest = list.nodes[0]?.[field];
    return settled(newest) ? `${list.totalCount}@${newest ?? '-'}` : undefined;
  };
  const out: RepoFingerprints = {};
  const pulls = part(repo.pullRequests, 'updatedAt');
  const issues = part(repo.issues, 'updatedAt');
  const milestones = part(repo.milestones, 'updatedAt');
  const releases = part(repo.releases, 'createdAt');
  if (pulls !== undefined) out.pulls = `pulls ${pulls}`;
  // REST lists pull requests among issues: the issues stream changes with either list.
  if (pulls !== undefined && issues !== undefined) out.issues = `issues ${issues}; pulls ${pulls}`;
  if (milestones !== undefined) out.milestones = `milestones ${milestones}`;
  if (releases !== undefined) out.releases = `releases ${releases}`;
  const deployments = deploymentsPrint(repo.deployments);
  if (deployments !== undefined && settled(deployments.newest)) {
    out.deployments = `deployments ${deployments.count}@${deployments.newest ?? '-'}`;
  }
  const branch = repo.defaultBranchRef;
  if (branch === null) out.commits = 'no default branch';
  else if (branch?.target) out.commits = `${branch.name}@${branch.target.oid}`;
  return out;
}

/**
 * The count and latest `updatedAt` of a repository's deployments, when the probe saw every one of
 * them (else undefined: a change among the unseen ones would not show). `deployments` keeps its cursor
 * on `updated_at` and relies on a new status moving it, so an unchanged latest time and count (a
 * deletion lowers it) mean its incremental read would find nothing.
 */
function deploymentsPrint(
  list: Newest<'updatedAt'> | null | undefined,
): { count: number; newest: string | undefined } | undefined {
  if (!list || list.totalCount > list.nodes.length) return undefined;
  let newest: string | undefined;
  for (const node of list.nodes) {
    if (!node) return undefined;
    if (newest === undefined || Date.parse(node.updatedAt) > Date.parse(newest)) newest = node.updatedAt;
  }
  return { count: list.totalCount, newest };
}
