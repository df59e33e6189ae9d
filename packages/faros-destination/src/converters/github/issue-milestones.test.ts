import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow } from '../converter-test-kit.js';
import { issueLabelsConverter } from './issue-labels.js';
import { issueMilestonesConverter } from './issue-milestones.js';

describe('issue_milestones and issue_labels', () => {
  const milestone = { repository: 'Acme/Web', id: 7703, number: 3, title: 'Q1', state: 'open', closed_issues: 2 };

  it('writes a milestone as an epic of the repository project, keyed by the id issues carry', () => {
    const rows = convert(issueMilestonesConverter, milestone);
    expect(onlyRow(rows, 'tms_Epic').values).toEqual({
      source: 'GitHub',
      uid: '7703',
      name: 'Q1',
      description: null,
      status: { category: 'InProgress', detail: 'open' },
      project: ref('tms_Project', { source: 'GitHub', uid: 'acme/web' }),
    });
  });

  it.each([
    ['open', 0, 'Todo'],
    ['closed', 0, 'Done'],
  ])('a %s milestone with %i closed issues is %s', (state, closed, category) => {
    const rows = convert(issueMilestonesConverter, { ...milestone, state, closed_issues: closed });
    expect(onlyRow(rows, 'tms_Epic').values.status).toEqual({ category, detail: state });
  });

  it('writes a label by name', () => {
    expect(onlyRow(convert(issueLabelsConverter, { name: 'bug', repository: 'a/b' }), 'tms_Label').values).toEqual({
      name: 'bug',
    });
  });
});
