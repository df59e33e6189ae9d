import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { type RecordObject, requiredString } from '../record-fields.js';
import { repoRef, repoReferenceRows, repositoryOf } from './github-keys.js';

/** `branches`: the `vcs_Branch` (uid and name: the branch name, slashes included). */
export const branchesConverter: Converter = {
  source: 'github',
  stream: 'branches',
  ownedModels: ['vcs_Branch'],
  convert: function* convertBranch(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    const name = requiredString(record, 'name');
    yield* repoReferenceRows(repo);
    yield row('vcs_Branch', { repository: repoRef(repo), uid: name, name });
  },
};
