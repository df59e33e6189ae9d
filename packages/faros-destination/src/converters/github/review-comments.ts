import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, optionalTime, type RecordObject } from '../record-fields.js';
import { pullRequestChild } from './pull-request-child.js';
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
  const comment = pullRequestChild(record);
  yield* comment.references;
  yield row(
    'vcs_PullRequestComment',
    knownValues({
      ...comment.key,
      comment: optionalString(record, 'body') ?? null,
      createdAt: optionalTime(record, 'created_at'),
      updatedAt: optionalTime(record, 'updated_at'),
      author: comment.user,
    }),
  );
}
