import { type FarosRow, row } from '../../models/faros-row.js';
import { optionalString, type RecordObject, requiredString } from '../record-fields.js';
import { accountType } from './github-categories.js';
import { userKey } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * The `vcs_User` of a GitHub account object (`users`, `collaborators`, `team_members` records). Account
 * listings carry no display name, so `name` falls back to the login: the CE dashboards label people by
 * `vcs_User.name`. An `email` is kept only when GitHub shows one.
 */
export function githubUserRow(record: RecordObject): FarosRow {
  const login = requiredString(record, 'login');
  const type = optionalString(record, 'type');
  return row(
    'vcs_User',
    knownValues({
      ...userKey(login),
      name: optionalString(record, 'name') || login,
      email: optionalString(record, 'email') || undefined,
      type: type === undefined ? undefined : { ...accountType(type) },
      url: optionalString(record, 'html_url'),
    }),
  );
}
