import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow } from '../converter-test-kit.js';
import { usersConverter } from './users.js';

describe('users converter', () => {
  const [alice, app, dataCenter] = fixture('jira', 'users');

  it('keys Cloud users by accountId, with display name and email', () => {
    expect(onlyRow(convert(usersConverter, alice), 'tms_User').values).toEqual({
      source: 'Jira',
      uid: '5fc9e78d2730d800760becc4',
      name: 'Alice Martin',
      emailAddress: 'alice@acme.example',
    });
  });

  it('leaves a hidden email alone', () => {
    const u = onlyRow(convert(usersConverter, app), 'tms_User').values;
    expect(u.name).toBe('Automation for Jira');
    expect('emailAddress' in u).toBe(false);
  });

  it('keys Data Center users by name', () => {
    expect(onlyRow(convert(usersConverter, dataCenter), 'tms_User').values.uid).toBe('jdoe');
  });

  it('rejects a user with no id at all', () => {
    expect(() => convert(usersConverter, { displayName: 'Ghost' })).toThrow(/accountId/);
  });
});
