import { type FarosRow, row } from '../../models/faros-row.js';
import { optionalString, optionalTime, type RecordObject, requiredString } from '../record-fields.js';
import { commitRef, loginAt, type RepoName, repoReferenceRows, userRef, userReferenceRow } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * The `vcs_Commit` of a GitHub commit object (`commits`, `pull_request_commits`), with its repository's
 * key rows and its author's. `createdAt` is the authoring time: the record's `created_at` when the source
 * added it, else `commit.author.date` (older records). The author is the GitHub account, when the git
 * email belongs to one.
 */
export function githubCommitRows(record: RecordObject, repo: RepoName): FarosRow[] {
  const sha = requiredString(record, 'sha');
  const author = loginAt(record, 'author');
  const rows = repoReferenceRows(repo);
  if (author !== undefined) rows.push(userReferenceRow(author));
  rows.push(
    row(
      'vcs_Commit',
      knownValues({
        ...commitRef(repo, sha).key,
        sha: sha.toLowerCase(),
        message: optionalString(record, 'commit.message'),
        url: optionalString(record, 'html_url'),
        createdAt: optionalTime(record, 'created_at') ?? optionalTime(record, 'commit.author.date'),
        author: author === undefined ? undefined : userRef(author),
      }),
    ),
  );
  return rows;
}
