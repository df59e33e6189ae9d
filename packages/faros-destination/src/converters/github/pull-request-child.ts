import type { FarosRef, FarosRow } from '../../models/faros-row.js';
import { type RecordObject, requiredInteger } from '../record-fields.js';
import {
  loginAt,
  pullRequestRef,
  pullRequestReferenceRows,
  repositoryOf,
  userRef,
  userReferenceRow,
} from './github-keys.js';
import { pullNumberOf } from './pull-number.js';

/** What a review and a review comment share: the pull request they belong to, their id and their writer. */
export interface PullRequestChild {
  /** The row's key columns: its pull request, uid (GitHub's id) and number (the same id). */
  readonly key: { readonly pullRequest: FarosRef; readonly uid: string; readonly number: number };
  /** The `vcs_User` of the writer (`user`), unless the account no longer exists. */
  readonly user: FarosRef | undefined;
  /** Key-only rows of the pull request, its repository and organisation, and the writer. */
  readonly references: readonly FarosRow[];
}

/** Reads the pull request, `id` and `user` of a `reviews` or `review_comments` record. */
export function pullRequestChild(record: RecordObject): PullRequestChild {
  const repo = repositoryOf(record);
  const number = pullNumberOf(record);
  const id = requiredInteger(record, 'id');
  const login = loginAt(record, 'user');
  const references = pullRequestReferenceRows(repo, number);
  if (login !== undefined) references.push(userReferenceRow(login));
  return {
    key: { pullRequest: pullRequestRef(repo, number), uid: String(id), number: id },
    user: login === undefined ? undefined : userRef(login),
    references,
  };
}
