import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow, plain, rowsOf, testContext } from '../converter-test-kit.js';
import { projectKeysById } from './jira-shared.js';
import { projectVersionsConverter } from './project-versions.js';

describe('project_versions converter', () => {
  const [planned, released, archived] = fixture('jira', 'project_versions');

  it('writes an unreleased version without releasedAt, linked through the learned project key', () => {
    const context = testContext();
    projectKeysById(context).set('10000', 'PROJ');
    const rows = convert(projectVersionsConverter, planned, context);
    expect(onlyRow(rows, 'tms_Release').values).toEqual({
      source: 'Jira',
      uid: '10200',
      name: '1.4.0',
      description: 'SSO release',
      startedAt: '2024-02-05T00:00:00.000Z',
      releasedAt: null,
    });
    expect(plain(onlyRow(rows, 'tms_ProjectReleaseRelationship').values.project)).toEqual({
      tms_Project: { source: 'Jira', uid: 'PROJ' },
    });
  });

  it('sets releasedAt of a released version; warns and skips the link when the project is unknown', () => {
    const context = testContext();
    const rows = convert(projectVersionsConverter, released, context);
    expect(onlyRow(rows, 'tms_Release').values.releasedAt).toBe('2024-01-30T00:00:00.000Z');
    expect(rowsOf(rows, 'tms_ProjectReleaseRelationship')).toEqual([]);
    expect(context.warnings).toHaveLength(1);
  });

  it('uses the project key a record carries', () => {
    const rows = convert(projectVersionsConverter, archived);
    expect(plain(onlyRow(rows, 'tms_ProjectReleaseRelationship').values.project)).toEqual({
      tms_Project: { source: 'Jira', uid: 'OPS' },
    });
  });
});
