import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, optionalTime, type RecordObject, requiredString } from '../record-fields.js';
import { reviewState } from './github-categories.js';
import { pullRequestChild } from './pull-request-child.js';
import { knownValues } from './row-values.js';

/** `reviews`: a `vcs_PullRequestReview` with its state category, submission time and reviewer. */
export const reviewsConverter: Converter = {
  source: 'github',
  stream: 'reviews',
  ownedModels: ['vcs_PullRequestReview'],
  convert: convertReview,
};

function* convertReview(record: RecordObject): Iterable<FarosRow> {
  const review = pullRequestChild(record);
  yield* review.references;
  yield row(
    'vcs_PullRequestReview',
    knownValues({
      ...review.key,
      url: optionalString(record, 'html_url'),
      state: { ...reviewState(requiredString(record, 'state')) },
      // A pending review has no submission time yet.
      submittedAt: optionalTime(record, 'submitted_at') ?? null,
      reviewer: review.user,
    }),
  );
}
