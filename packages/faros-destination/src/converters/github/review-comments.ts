import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, optionalTime, type RecordObject, requiredInteger } from '../record-fields.js';
import {
  loginAt,
  pullRequestRef,
  pullRequestReferenceRows,
  repositoryOf,
  userRef,
  userReferenceRow,
} from './github-keys.js';
import { pullNumberOf } from './pull-number.js';
import { knownValues } from './row-values.js';

/**
 * `review_comments`: a `vcs_PullRequestComment` per comment on a pull request's diff. Reactions (`+1` in
 * older records, `plus_one` now) have no CE column and are not read.
 */
export const reviewCommentsConverter: Converter = {
  source: 'github',
  stream: 'review_comments',
  ownedModels: ['vcs_PullRequestComment'],
  convert: convertReviewComment,
};

function* convertReviewComment(record: RecordObject): Iterable<FarosRow> {
  const repo = repositoryOf(record);
  const number = pullNumberOf(record);
  const id = requiredInteger(record, 'id');
  const author = loginAt(record, 'user');
  yield* pullRequestReferenceRows(repo, number);
  if (author !== undefined) yield userReferenceRow(author);
  yield row(
    'vcs_PullRequestComment',
    knownValues({
      pullRequest: pullRequestRef(repo, number),
      uid: String(id),
      number: id,
      comment: optionalString(record, 'body') ?? null,
      createdAt: optionalTime(record, 'created_at'),
      updatedAt: optionalTime(record, 'updated_at'),
      author: author === undefined ? undefined : userRef(author),
    }),
  );
}
