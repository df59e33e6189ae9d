import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { jiraKey, jiraUserId } from './jira-keys.js';
import { RecordReader } from './record-reader.js';

/**
 * `users` (`GET /rest/api/3/users/search`, or Data Center's user search): one `tms_User` per user,
 * keyed by accountId (Cloud) or name (Data Center), with the display name dashboards show.
 */
export const usersConverter: Converter = {
  source: 'jira',
  stream: 'users',
  ownedModels: ['tms_User'],
  *convert(record: Readonly<Record<string, unknown>>): Iterable<FarosRow> {
    const user = RecordReader.of(record);
    const uid = jiraUserId(user);
    if (uid === undefined) throw new Error('accountId: required string is missing (nor name or key)');
    const values: Record<string, string> = { ...jiraKey(uid) };
    const name = user.optString('displayName') ?? user.optString('name');
    if (name !== undefined) values.name = name;
    // Privacy settings hide most emails: a hidden one is left alone rather than erased.
    const email = user.optString('emailAddress');
    if (email !== undefined && email !== '') values.emailAddress = email;
    yield row('tms_User', values);
  },
};
