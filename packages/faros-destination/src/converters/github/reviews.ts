import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, optionalTime, type RecordObject, requiredInteger, requiredString } from '../record-fields.js';
import { reviewState } from './github-categories.js';
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

/** `reviews`: a `vcs_PullRequestReview` with its state category, submission time and reviewer. */
export const reviewsConverter: Converter = {
  source: 'github',
  stream: 'reviews',
  ownedModels: ['vcs_PullRequestReview'],
  convert: convertReview,
};

function* convertReview(record: RecordObject): Iterable<FarosRow> {
  const repo = repositoryOf(record);
  const number = pullNumberOf(record);
  const id = requiredInteger(record, 'id');
  const reviewer = loginAt(record, 'user');
  yield* pullRequestReferenceRows(repo, number);
  if (reviewer !== undefined) yield userReferenceRow(reviewer);
  yield row(
    'vcs_PullRequestReview',
    knownValues({
      pullRequest: pullRequestRef(repo, number),
      uid: String(id),
      number: id,
      url: optionalString(record, 'html_url'),
      state: { ...reviewState(requiredString(record, 'state')) },
      // A pending review has no submission time yet.
      submittedAt: optionalTime(record, 'submitted_at') ?? null,
      reviewer: reviewer === undefined ? undefined : userRef(reviewer),
    }),
  );
}
