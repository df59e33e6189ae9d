import { type FarosRef, type FarosRow, ref, referenceRow } from '../../models/faros-row.js';
import { isObject, optionalString, type RecordObject, valueAt } from '../record-fields.js';

/** The `source` value of every GitHub row, exactly as the CE dashboards filter on it. */
export const GITHUB_SOURCE = 'GitHub';

/** A repository as `owner/name`, in GitHub's own spelling (keys lower-case it; names keep it). */
export interface RepoName {
  readonly owner: string;
  readonly name: string;
}

/**
 * Parses `owner/name`. GitHub logins and repository names are case-insensitive, so every key built from
 * them is lower-cased: the same repository spelled two ways (a PR's `repository`, a Jenkins remote URL)
 * lands on one row.
 */
export function parseRepoName(fullName: string, field: string): RepoName {
  const parts = fullName.split('/');
  const [owner, name] = parts;
  if (parts.length !== 2 || !owner || !name) {
    throw new Error(`field ${field}: expected "owner/name", got ${JSON.stringify(fullName)}`);
  }
  return { owner, name };
}

/**
 * The repository a record belongs to, from the `repository` field Airbyte's GitHub source adds: a string
 * `owner/name` in most streams, the full repository object (`full_name`) in `workflow_runs`.
 */
export function repositoryOf(record: RecordObject, field = 'repository'): RepoName {
  const value = valueAt(record, field);
  if (typeof value === 'string') return parseRepoName(value, field);
  if (isObject(value) && typeof value.full_name === 'string')
    return parseRepoName(value.full_name, `${field}.full_name`);
  throw new Error(`field ${field}: required "owner/name" string or object with full_name`);
}

/** `owner/name`, lower-cased: the uid of per-repository rows outside `vcs` (task boards, applications). */
export function repoSlug(repo: RepoName): string {
  return `${repo.owner}/${repo.name}`.toLowerCase();
}

/** Natural key of the `vcs_Organization` (and `cicd_Organization`) of a GitHub login. */
export function orgKey(owner: string): { source: string; uid: string } {
  return { source: GITHUB_SOURCE, uid: owner.toLowerCase() };
}

export function orgRef(owner: string): FarosRef {
  return ref('vcs_Organization', orgKey(owner));
}

export function repoRef(repo: RepoName): FarosRef {
  return ref('vcs_Repository', { organization: orgRef(repo.owner), uid: repo.name.toLowerCase() });
}

/** Key-only rows for a repository and its organisation, so a reference to the repository resolves. */
export function repoReferenceRows(repo: RepoName): FarosRow[] {
  return [referenceRow('vcs_Organization', orgKey(repo.owner)), referenceRow('vcs_Repository', repoRef(repo).key)];
}

/** Natural key of a GitHub account's `vcs_User` (uid: the login as GitHub spells it). */
export function userKey(login: string): { source: string; uid: string } {
  return { source: GITHUB_SOURCE, uid: login };
}

export function userRef(login: string): FarosRef {
  return ref('vcs_User', userKey(login));
}

export function userReferenceRow(login: string): FarosRow {
  return referenceRow('vcs_User', userKey(login));
}

export function pullRequestRef(repo: RepoName, number: number): FarosRef {
  return ref('vcs_PullRequest', { repository: repoRef(repo), uid: String(number) });
}

/** Key-only rows for a pull request and its repository. */
export function pullRequestReferenceRows(repo: RepoName, number: number): FarosRow[] {
  return [...repoReferenceRows(repo), referenceRow('vcs_PullRequest', pullRequestRef(repo, number).key)];
}

/** Git shas are compared lower-case, so a sha from another system (a Jenkins build) joins. */
export function commitRef(repo: RepoName, sha: string): FarosRef {
  return ref('vcs_Commit', { repository: repoRef(repo), uid: sha.toLowerCase() });
}

/** A key-only `vcs_Commit` row (plus its repository's), for a commit a record merely points at. */
export function commitReferenceRows(repo: RepoName, sha: string): FarosRow[] {
  return [...repoReferenceRows(repo), referenceRow('vcs_Commit', commitRef(repo, sha).key)];
}

/** The login of a GitHub account object at `field` (`user`, `author`), if the account still exists. */
export function loginAt(record: RecordObject, field: string): string | undefined {
  const login = optionalString(record, `${field}.login`);
  return login === '' ? undefined : login;
}

/** The `vcs_Team` of a team: uid `<org>/<slug>` (lower-cased org; slugs are unique per organisation). */
export function teamRef(organization: string, slug: string): FarosRef {
  return ref('vcs_Team', { source: GITHUB_SOURCE, uid: `${organization.toLowerCase()}/${slug}` });
}
