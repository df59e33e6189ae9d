import { describe, expect, it } from 'vitest';
import { convert, fixture, plain, rowsOf } from '../converter-test-kit.js';
import { sprintIssuesConverter } from './sprint-issues.js';

const sprintOf = (record: Record<string, unknown> | undefined) =>
  rowsOf(convert(sprintIssuesConverter, record), 'tms_Task')
    .filter((r) => !r.referenceOnly)
    .map((r) => plain(r.values.sprint));

describe('sprint_issues converter', () => {
  const [inCurrent, inPast, closedOnly, olderShape] = fixture('jira', 'sprint_issues');

  it('sets the sprint of an issue in its current (active) sprint', () => {
    expect(sprintOf(inCurrent)).toEqual([{ tms_Sprint: { source: 'Jira', uid: '2' } }]);
    const task = rowsOf(convert(sprintIssuesConverter, inCurrent), 'tms_Task')[0];
    expect(Object.keys(task?.values ?? {}).sort()).toEqual(['source', 'sprint', 'uid']);
  });

  it('writes nothing for a sprint the issue was carried over from', () => {
    expect(convert(sprintIssuesConverter, inPast)).toEqual([]);
  });

  it('takes the last closed sprint when no sprint is open', () => {
    expect(sprintOf(closedOnly)).toEqual([{ tms_Sprint: { source: 'Jira', uid: '1' } }]);
  });

  it('links older records without sprint fields to their sprint', () => {
    expect(sprintOf(olderShape)).toEqual([{ tms_Sprint: { source: 'Jira', uid: '2' } }]);
  });

  it("reads closedSprints as Jira's list too, taking the sprint that ended last", () => {
    const sprint = (id: number, end: string) => ({
      id,
      state: 'closed',
      name: `S${id}`,
      endDate: end,
      completeDate: end,
    });
    const record = {
      id: '7-10009',
      key: 'PROJ-9',
      issueId: '10009',
      sprintId: 7,
      fields: {
        sprint: null,
        closedSprints: [sprint(7, '2024-03-01T10:00:00.000Z'), sprint(6, '2024-02-01T10:00:00.000Z')],
      },
    };
    expect(sprintOf(record)).toEqual([{ tms_Sprint: { source: 'Jira', uid: '7' } }]);
    expect(convert(sprintIssuesConverter, { ...record, sprintId: 6, id: '6-10009' })).toEqual([]);
  });
});
