import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { type RecordObject, requiredString } from '../record-fields.js';
import { teamRef, userRef } from './github-keys.js';
import { githubUserRow } from './github-user-row.js';

/** `team_members`: the member's `vcs_User` and its `vcs_TeamMembership`. */
export const teamMembersConverter: Converter = {
  source: 'github',
  stream: 'team_members',
  ownedModels: ['vcs_TeamMembership'],
  convert: function* convertTeamMember(record: RecordObject): Iterable<FarosRow> {
    const team = teamRef(requiredString(record, 'organization'), requiredString(record, 'team_slug'));
    // The member is an account we know in full, but `users` owns users: no deletion from this stream.
    yield githubUserRow(record);
    yield referenceRow('vcs_Team', team.key);
    yield row('vcs_TeamMembership', { team, user: userRef(requiredString(record, 'login')) });
  },
};
