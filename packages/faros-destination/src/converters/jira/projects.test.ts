import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow, testContext } from '../converter-test-kit.js';
import { projectKeysById } from './jira-shared.js';
import { projectsConverter } from './projects.js';

describe('projects converter', () => {
  const [platform, mobile, ops] = fixture('jira', 'projects');

  it('writes a tms_Project keyed by project key and remembers its id', () => {
    const context = testContext();
    const p = onlyRow(convert(projectsConverter, platform, context), 'tms_Project').values;
    expect(p).toEqual({ source: 'Jira', uid: 'PROJ', name: 'Platform', description: 'Identity and platform services' });
    expect(projectKeysById(context).get('10000')).toBe('PROJ');
  });

  it('keeps an empty description and leaves an absent one alone (older shape)', () => {
    expect(onlyRow(convert(projectsConverter, mobile), 'tms_Project').values.description).toBe('');
    const old = onlyRow(convert(projectsConverter, ops), 'tms_Project').values;
    expect(old.uid).toBe('OPS');
    expect('description' in old).toBe(false);
  });

  it('rejects a project without key', () => {
    expect(() => convert(projectsConverter, { id: '1', name: 'x' })).toThrow(/^field key: /);
  });
});
