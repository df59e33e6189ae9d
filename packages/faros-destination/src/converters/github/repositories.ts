import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  optionalBoolean,
  optionalInteger,
  optionalString,
  optionalTime,
  type RecordObject,
  requiredString,
} from '../record-fields.js';
import { orgKey, parseRepoName, repoRef } from './github-keys.js';
import { taskBoardRef, taskProjectRef } from './github-tms-keys.js';
import { knownValues } from './row-values.js';

/**
 * `repositories`: the `vcs_Repository` under its organisation, plus the `tms_Project` and `tms_TaskBoard`
 * its GitHub issues belong to (the CE dashboards count bugs per board, named after the repository).
 */
export const repositoriesConverter: Converter = {
  source: 'github',
  stream: 'repositories',
  ownedModels: ['vcs_Repository', 'tms_Project', 'tms_TaskBoard', 'tms_TaskBoardProjectRelationship'],
  convert: convertRepository,
};

function* convertRepository(record: RecordObject): Iterable<FarosRow> {
  // `full_name` is the repository's identity; `owner.login` and `name` are its parts when it is absent.
  const fullName =
    optionalString(record, 'full_name') ?? `${requiredString(record, 'owner.login')}/${requiredString(record, 'name')}`;
  const repo = parseRepoName(fullName, 'full_name');
  const description = optionalString(record, 'description');
  const createdAt = optionalTime(record, 'created_at');
  const updatedAt = optionalTime(record, 'updated_at');

  yield referenceRow('vcs_Organization', orgKey(repo.owner));
  yield row(
    'vcs_Repository',
    knownValues({
      ...repoRef(repo).key,
      name: repo.name,
      fullName,
      private: optionalBoolean(record, 'private'),
      description: description ?? null,
      language: optionalString(record, 'language') ?? null,
      size: optionalInteger(record, 'size'),
      mainBranch: optionalString(record, 'default_branch'),
      url: optionalString(record, 'html_url'),
      createdAt,
      updatedAt,
    }),
  );
  const project = taskProjectRef(repo);
  const board = taskBoardRef(repo);
  yield row(
    'tms_Project',
    knownValues({ ...project.key, name: repo.name, description: description ?? null, createdAt, updatedAt }),
  );
  yield row('tms_TaskBoard', { ...board.key, name: repo.name });
  yield row('tms_TaskBoardProjectRelationship', { board, project });
}
