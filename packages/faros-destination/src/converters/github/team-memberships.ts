import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, type RecordObject, requiredString } from '../record-fields.js';
import { teamRef, userRef, userReferenceRow } from './github-keys.js';

/**
 * `team_memberships`: a `vcs_TeamMembership` for an active membership; a pending invitation is no
 * membership yet and gives no row. Older records lack `username`: it is the last segment of `url`
 * (`.../teams/<slug>/memberships/<username>`).
 */
export const teamMembershipsConverter: Converter = {
  source: 'github',
  stream: 'team_memberships',
  ownedModels: ['vcs_TeamMembership'],
  convert: function* convertTeamMembership(record: RecordObject): Iterable<FarosRow> {
    const state = optionalString(record, 'state');
    if (state !== undefined && state !== 'active') return;
    const login = optionalString(record, 'username') || usernameFromUrl(requiredString(record, 'url'));
    const team = teamRef(requiredString(record, 'organization'), requiredString(record, 'team_slug'));
    yield referenceRow('vcs_Team', team.key);
    yield userReferenceRow(login);
    yield row('vcs_TeamMembership', { team, user: userRef(login) });
  },
};

function usernameFromUrl(url: string): string {
  const match = /\/memberships\/([^/?#]+)/.exec(url);
  if (!match?.[1]) throw new Error(`field username: missing, and url ${JSON.stringify(url)} names no member`);
  return decodeURIComponent(match[1]);
}
