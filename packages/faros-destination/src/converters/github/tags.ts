import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, type RecordObject, requiredString } from '../record-fields.js';
import { commitRef, commitReferenceRows, repoRef, repoReferenceRows, repositoryOf } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `tags`: the `vcs_Tag` and the commit it points at (release lead time goes release → tag → commit → PR).
 */
export const tagsConverter: Converter = {
  source: 'github',
  stream: 'tags',
  ownedModels: ['vcs_Tag'],
  convert: function* convertTag(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    const sha = optionalString(record, 'commit.sha');
    yield* repoReferenceRows(repo);
    if (sha !== undefined && sha !== '') yield* commitReferenceRows(repo, sha);
    yield row(
      'vcs_Tag',
      knownValues({
        repository: repoRef(repo),
        name: requiredString(record, 'name'),
        commit: sha === undefined || sha === '' ? undefined : commitRef(repo, sha),
      }),
    );
  },
};
