import type { FarosRow } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import type { RecordObject } from '../record-fields.js';
import { githubUserRow } from './github-user-row.js';

/**
 * `collaborators`: the `vcs_User` of each repository collaborator. No membership: outside collaborators
 * are not members of the organisation.
 */
export const collaboratorsConverter: Converter = {
  source: 'github',
  stream: 'collaborators',
  ownedModels: ['vcs_User'],
  convert: function* convertCollaborator(record: RecordObject): Iterable<FarosRow> {
    yield githubUserRow(record);
  },
};
