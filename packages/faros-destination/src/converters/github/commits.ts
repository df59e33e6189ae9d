import { type FarosRow, ref, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, type RecordObject, requiredString } from '../record-fields.js';
import { githubCommitRows } from './github-commit-row.js';
import { commitRef, repoRef, repositoryOf } from './github-keys.js';

/**
 * `commits`: the `vcs_Commit` (message, URL, authoring time, author) and, when the record says which branch
 * it was read from, a `vcs_BranchCommitAssociation` to that branch.
 */
export const commitsConverter: Converter = {
  source: 'github',
  stream: 'commits',
  ownedModels: ['vcs_Commit', 'vcs_BranchCommitAssociation'],
  convert: function* convertCommit(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    yield* githubCommitRows(record, repo);
    const branchName = optionalString(record, 'branch');
    if (branchName === undefined || branchName === '') return;
    const branch = ref('vcs_Branch', { repository: repoRef(repo), uid: branchName });
    yield referenceRow('vcs_Branch', branch.key);
    yield row('vcs_BranchCommitAssociation', { commit: commitRef(repo, requiredString(record, 'sha')), branch });
  },
};
