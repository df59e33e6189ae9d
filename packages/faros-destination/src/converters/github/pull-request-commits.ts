import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { type RecordObject, requiredString } from '../record-fields.js';
import { githubCommitRows } from './github-commit-row.js';
import { commitRef, pullRequestRef, pullRequestReferenceRows, repositoryOf } from './github-keys.js';
import { pullNumberOf } from './pull-number.js';

/**
 * `pull_request_commits`: the `vcs_PullRequestCommit` link and the commit itself (a PR's commits may sit
 * on a branch the `commits` stream never reads). The commit's row is written in full but stays owned by
 * `commits`, so a refresh of this stream deletes links, never commits.
 */
export const pullRequestCommitsConverter: Converter = {
  source: 'github',
  stream: 'pull_request_commits',
  ownedModels: ['vcs_PullRequestCommit'],
  convert: function* convertPullRequestCommit(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    const number = pullNumberOf(record);
    yield* pullRequestReferenceRows(repo, number);
    yield* githubCommitRows(record, repo);
    yield row('vcs_PullRequestCommit', {
      pullRequest: pullRequestRef(repo, number),
      commit: commitRef(repo, requiredString(record, 'sha')),
    });
  },
};
