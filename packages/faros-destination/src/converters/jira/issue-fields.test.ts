import { describe, expect, it } from 'vitest';
import { convert, fixture, testContext } from '../converter-test-kit.js';
import { issueFieldsConverter } from './issue-fields.js';
import { detectedFieldIds } from './jira-shared.js';

describe('issue_fields converter', () => {
  it('writes no rows and detects story points, sprint and epic link field ids', () => {
    const context = testContext();
    const rows = fixture('jira', 'issue_fields').flatMap((f) => convert(issueFieldsConverter, f, context));
    expect(rows).toEqual([]);
    expect(detectedFieldIds(context)).toEqual({
      storyPoints: ['customfield_10016'],
      sprint: ['customfield_10020'],
      epicLink: ['customfield_10014'],
    });
  });

  it('keeps every story points candidate once, in order', () => {
    const context = testContext();
    for (const [id, name] of [
      ['customfield_10026', 'Story Points'],
      ['customfield_10016', 'Story point estimate'],
      ['customfield_10026', 'Story Points'],
    ]) {
      convert(issueFieldsConverter, { id, name, custom: true, schema: { type: 'number' } }, context);
    }
    expect(detectedFieldIds(context).storyPoints).toEqual(['customfield_10026', 'customfield_10016']);
  });

  it('rejects a field without id', () => {
    expect(() => convert(issueFieldsConverter, { name: 'Sprint' })).toThrow(/^field id: /);
  });
});
