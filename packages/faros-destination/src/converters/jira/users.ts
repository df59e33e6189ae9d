import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { fieldError, optionalString } from '../record-fields.js';
import { jiraKey, jiraUserId } from './jira-keys.js';

/**
 * `users` (`GET /rest/api/3/users/search`, or Data Center's user search): one `tms_User` per user,
 * keyed by accountId (Cloud) or name (Data Center), with the display name dashboards show.
 */
export const usersConverter: Converter = {
  source: 'jira',
  stream: 'users',
  ownedModels: ['tms_User'],
  *convert(record: Readonly<Record<string, unknown>>): Iterable<FarosRow> {
    const uid = jiraUserId(record);
    if (uid === undefined) throw fieldError('accountId', 'required but missing (nor name or key)');
    const values: Record<string, string> = { ...jiraKey(uid) };
    const name = optionalString(record, 'displayName') ?? optionalString(record, 'name');
    if (name !== undefined) values.name = name;
    // Privacy settings hide most emails: a hidden one is left alone rather than erased.
    const email = optionalString(record, 'emailAddress');
    if (email !== undefined && email !== '') values.emailAddress = email;
    yield row('tms_User', values);
  },
};
