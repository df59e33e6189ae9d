import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalInteger, type RecordObject, requiredInteger } from '../record-fields.js';
import { pullRequestRef, repoReferenceRows, repositoryOf } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `pull_request_stats`: the size of a pull request, written onto its `vcs_PullRequest` (`diffStats`, whose
 * `linesAdded`/`linesDeleted`/`filesChanged` the dashboards read, `commitCount`, `commentCount`). It owns
 * no model: the PR belongs to `pull_requests`, so refreshing the stats never deletes a PR.
 */
export const pullRequestStatsConverter: Converter = {
  source: 'github',
  stream: 'pull_request_stats',
  ownedModels: [],
  convert: function* convertPullRequestStats(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    const number = requiredInteger(record, 'number');
    const linesAdded = optionalInteger(record, 'additions');
    const linesDeleted = optionalInteger(record, 'deletions');
    const filesChanged = optionalInteger(record, 'changed_files');
    const comments = optionalInteger(record, 'comments');
    const reviewComments = optionalInteger(record, 'review_comments');
    const diffStats: Record<string, number> = {};
    if (linesAdded !== undefined) diffStats.linesAdded = linesAdded;
    if (linesDeleted !== undefined) diffStats.linesDeleted = linesDeleted;
    if (filesChanged !== undefined) diffStats.filesChanged = filesChanged;
    yield* repoReferenceRows(repo);
    yield row(
      'vcs_PullRequest',
      knownValues({
        ...pullRequestRef(repo, number).key,
        number,
        diffStats: Object.keys(diffStats).length > 0 ? diffStats : undefined,
        commitCount: optionalInteger(record, 'commits'),
        // Conversation comments plus comments on the diff, as GitHub's PR page counts them.
        commentCount:
          comments === undefined && reviewComments === undefined ? undefined : (comments ?? 0) + (reviewComments ?? 0),
      }),
    );
  },
};
