import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow, ownedRows } from '../converter-test-kit.js';
import { assigneesConverter } from './assignees.js';
import { collaboratorsConverter } from './collaborators.js';
import { teamMembersConverter } from './team-members.js';
import { teamMembershipsConverter } from './team-memberships.js';
import { teamsConverter } from './teams.js';
import { usersConverter } from './users.js';

const alice = ref('vcs_User', { source: 'GitHub', uid: 'alice-dev' });
const platform = ref('vcs_Team', { source: 'GitHub', uid: 'acme-corp/platform' });

describe('users, collaborators and assignees', () => {
  it('writes a member as a vcs_User named by login, typed, with its organisation membership', () => {
    const rows = convert(usersConverter, {
      login: 'alice-dev',
      type: 'User',
      html_url: 'https://github.com/alice-dev',
      organization: 'Acme-Corp',
    });
    expect(onlyRow(rows, 'vcs_User').values).toEqual({
      ...alice.key,
      name: 'alice-dev',
      type: { category: 'User', detail: 'User' },
      url: 'https://github.com/alice-dev',
    });
    expect(onlyRow(rows, 'vcs_Membership').values).toEqual({
      organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme-corp' }),
      user: alice,
    });
  });

  it('writes a collaborator without membership and a bot with its type', () => {
    const rows = convert(collaboratorsConverter, { login: 'dependabot[bot]', type: 'Bot', repository: 'a/b' });
    expect(onlyRow(rows, 'vcs_User').values.type).toEqual({ category: 'Bot', detail: 'Bot' });
    expect(rows.filter((r) => r.model === 'vcs_Membership')).toEqual([]);
  });

  it('writes an assignee as a tms_User', () => {
    const rows = convert(assigneesConverter, { login: 'Carol', repository: 'a/b' });
    expect(onlyRow(rows, 'tms_User').values).toEqual({ source: 'GitHub', uid: 'Carol', name: 'Carol' });
  });

  it('rejects an account without a login', () => {
    expect(() => convert(usersConverter, { login: null })).toThrow(/field login/);
  });
});

describe('teams and memberships', () => {
  it('keys a team by organisation and slug', () => {
    const rows = convert(teamsConverter, { organization: 'Acme-Corp', slug: 'platform', name: 'Platform' });
    expect(onlyRow(rows, 'vcs_Team').values).toEqual({ ...platform.key, name: 'Platform', description: null });
  });

  it('links a team member to the team', () => {
    const rows = convert(teamMembersConverter, {
      login: 'alice-dev',
      organization: 'Acme-Corp',
      team_slug: 'platform',
    });
    expect(onlyRow(rows, 'vcs_TeamMembership').values).toEqual({ team: platform, user: alice });
  });

  it('links active memberships (older ones name the member only in url) and skips pending invitations', () => {
    const url = 'https://api.github.com/organizations/1/team/2/memberships/alice-dev';
    const base = { organization: 'Acme-Corp', team_slug: 'platform', url };
    expect(
      onlyRow(convert(teamMembershipsConverter, { ...base, state: 'active' }), 'vcs_TeamMembership').values,
    ).toEqual({
      team: platform,
      user: alice,
    });
    const pending = convert(teamMembershipsConverter, { ...base, state: 'pending', username: 'alice-dev' });
    expect(ownedRows(pending, 'vcs_TeamMembership')).toEqual([]);
  });
});
