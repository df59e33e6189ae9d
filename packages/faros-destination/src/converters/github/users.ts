import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, type RecordObject, requiredString } from '../record-fields.js';
import { orgKey, orgRef, userRef } from './github-keys.js';
import { githubUserRow } from './github-user-row.js';

/** `users` (organisation members): the `vcs_User` and its `vcs_Membership` in the organisation. */
export const usersConverter: Converter = {
  source: 'github',
  stream: 'users',
  ownedModels: ['vcs_User', 'vcs_Membership'],
  convert: convertUser,
};

function* convertUser(record: RecordObject): Iterable<FarosRow> {
  yield githubUserRow(record);
  const organization = optionalString(record, 'organization');
  if (organization === undefined || organization === '') return;
  yield referenceRow('vcs_Organization', orgKey(organization));
  yield row('vcs_Membership', { organization: orgRef(organization), user: userRef(requiredString(record, 'login')) });
}
