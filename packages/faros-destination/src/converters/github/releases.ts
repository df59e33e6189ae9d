import { type FarosRow, ref, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  optionalBoolean,
  optionalString,
  optionalTime,
  type RecordObject,
  requiredInteger,
  requiredString,
} from '../record-fields.js';
import {
  GITHUB_SOURCE,
  loginAt,
  repoRef,
  repoReferenceRows,
  repositoryOf,
  userRef,
  userReferenceRow,
} from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `releases`: the `cicd_Release` (uid: GitHub's release id) and, unless it is a draft (whose tag does not
 * exist yet), its `cicd_ReleaseTagAssociation` to the `vcs_Tag` named by `tag_name`. `releasedAt` is the
 * publication time.
 */
export const releasesConverter: Converter = {
  source: 'github',
  stream: 'releases',
  ownedModels: ['cicd_Release', 'cicd_ReleaseTagAssociation'],
  convert: convertRelease,
};

function* convertRelease(record: RecordObject): Iterable<FarosRow> {
  const repo = repositoryOf(record);
  const release = ref('cicd_Release', { source: GITHUB_SOURCE, uid: String(requiredInteger(record, 'id')) });
  const tagName = requiredString(record, 'tag_name');
  const draft = optionalBoolean(record, 'draft');
  const author = loginAt(record, 'author');
  if (author !== undefined) yield userReferenceRow(author);
  yield row(
    'cicd_Release',
    knownValues({
      ...release.key,
      name: optionalString(record, 'name') || tagName,
      url: optionalString(record, 'html_url'),
      description: optionalString(record, 'body') ?? null,
      draft,
      createdAt: optionalTime(record, 'created_at'),
      releasedAt: optionalTime(record, 'published_at') ?? null,
      author: author === undefined ? undefined : userRef(author),
    }),
  );
  if (draft === true) return;
  const tag = ref('vcs_Tag', { repository: repoRef(repo), name: tagName });
  yield* repoReferenceRows(repo);
  yield referenceRow('vcs_Tag', tag.key);
  yield row('cicd_ReleaseTagAssociation', { release, tag });
}
