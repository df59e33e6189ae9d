import { type FarosRow, ref, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  optionalObjects,
  optionalString,
  optionalTime,
  type RecordObject,
  requiredInteger,
  requiredString,
  within,
} from '../record-fields.js';
import { pullRequestState } from './github-categories.js';
import {
  commitRef,
  commitReferenceRows,
  loginAt,
  pullRequestRef,
  type RepoName,
  repoRef,
  repoReferenceRows,
  repositoryOf,
  userRef,
  userReferenceRow,
} from './github-keys.js';
import { jiraKeysIn, jiraLinkRows } from './jira-links.js';
import { knownValues } from './row-values.js';

/**
 * `pull_requests`: a `vcs_PullRequest` with its state category, author and merge commit (only once merged:
 * an open PR's `merge_commit_sha` is GitHub's test merge), its labels and requested reviewers, and links
 * to the Jira issues its title or head branch names.
 */
export const pullRequestsConverter: Converter = {
  source: 'github',
  stream: 'pull_requests',
  ownedModels: [
    'vcs_PullRequest',
    'vcs_PullRequestLabel',
    'vcs_PullRequestReviewRequest',
    'tms_TaskPullRequestAssociation',
  ],
  convert: convertPullRequest,
};

function* convertPullRequest(record: RecordObject): Iterable<FarosRow> {
  const repo = repositoryOf(record);
  const number = requiredInteger(record, 'number');
  const title = optionalString(record, 'title');
  const mergedAt = optionalTime(record, 'merged_at');
  const author = loginAt(record, 'user');
  const mergeSha = optionalString(record, 'merge_commit_sha');
  const merged = mergedAt !== undefined && mergeSha !== undefined && mergeSha !== '';

  yield* repoReferenceRows(repo);
  if (author !== undefined) yield userReferenceRow(author);
  if (merged) yield* commitReferenceRows(repo, mergeSha);
  yield row(
    'vcs_PullRequest',
    knownValues({
      repository: repoRef(repo),
      uid: String(number),
      number,
      title,
      state: { ...pullRequestState(requiredString(record, 'state'), mergedAt) },
      url: optionalString(record, 'html_url'),
      createdAt: optionalTime(record, 'created_at'),
      updatedAt: optionalTime(record, 'updated_at'),
      // null, not absent: an unmerged PR clears a merge time a reopened PR no longer has.
      mergedAt: mergedAt ?? null,
      author: author === undefined ? undefined : userRef(author),
      mergeCommit: merged ? commitRef(repo, mergeSha) : undefined,
    }),
  );
  yield* labelRows(record, repo, number);
  yield* reviewRequestRows(record, repo, number);
  yield* jiraLinkRows(repo, number, jiraKeysIn(title, optionalString(record, 'head.ref')));
}

function* labelRows(record: RecordObject, repo: RepoName, number: number): Iterable<FarosRow> {
  for (const [index, label] of optionalObjects(record, 'labels').entries()) {
    const name = within(`labels.${index}`, () => requiredString(label, 'name'));
    yield referenceRow('vcs_Label', { name });
    yield row('vcs_PullRequestLabel', { label: ref('vcs_Label', { name }), pullRequest: pullRequestRef(repo, number) });
  }
}

function* reviewRequestRows(record: RecordObject, repo: RepoName, number: number): Iterable<FarosRow> {
  for (const [index, reviewer] of optionalObjects(record, 'requested_reviewers').entries()) {
    // Requested teams have no login; GitHub lists them in requested_teams, which CE has no model for.
    const login = within(`requested_reviewers.${index}`, () => optionalString(reviewer, 'login'));
    if (login === undefined || login === '') continue;
    yield userReferenceRow(login);
    yield row('vcs_PullRequestReviewRequest', {
      pullRequest: pullRequestRef(repo, number),
      requestedReviewer: userRef(login),
    });
  }
}
