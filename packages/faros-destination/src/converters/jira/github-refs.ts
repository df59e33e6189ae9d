import { type FarosRef, type FarosRow, ref, referenceRow } from '../../models/faros-row.js';

// Keys of GitHub rows that Jira and Jenkins records point at. They follow the GitHub converters'
// rule (`../github/github-keys.ts`): source `GitHub`, owner and repository name lower-cased (GitHub
// names are case-insensitive), pull request uid = its number, commit uid = the lower-case sha.
// `github-refs.test.ts` checks the two agree.

/** Reference to the `vcs_Repository` `owner/name`. */
export function githubRepoRef(owner: string, name: string): FarosRef {
  return ref('vcs_Repository', {
    organization: ref('vcs_Organization', { source: 'GitHub', uid: owner.toLowerCase() }),
    uid: name.toLowerCase(),
  });
}

/** Reference to pull request `number` of `owner/name`. */
export function pullRequestRef(owner: string, name: string, number: number): FarosRef {
  return ref('vcs_PullRequest', { repository: githubRepoRef(owner, name), uid: String(number) });
}

/** Reference to commit `sha` of `owner/name`. */
export function commitRef(owner: string, name: string, sha: string): FarosRef {
  return ref('vcs_Commit', { repository: githubRepoRef(owner, name), uid: sha.toLowerCase() });
}

/** Key-only rows of a repository and its organisation. */
export function repoReferenceRows(owner: string, name: string): FarosRow[] {
  const repo = githubRepoRef(owner, name);
  const org = repo.key.organization as FarosRef;
  return [referenceRow(org.model, org.key), referenceRow(repo.model, repo.key)];
}

/** Key-only rows of a pull request, its repository and organisation. */
export function pullRequestReferenceRows(owner: string, name: string, number: number): FarosRow[] {
  const pr = pullRequestRef(owner, name, number);
  return [...repoReferenceRows(owner, name), referenceRow(pr.model, pr.key)];
}

/** Key-only rows of a commit, its repository and organisation: the commit's origin is never taken. */
export function commitReferenceRows(owner: string, name: string, sha: string): FarosRow[] {
  const commit = commitRef(owner, name, sha);
  return [...repoReferenceRows(owner, name), referenceRow(commit.model, commit.key)];
}
