import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow, plain, rowsOf } from '../converter-test-kit.js';
import { boardIssuesConverter } from './board-issues.js';

describe('board_issues converter', () => {
  it('links each issue to its board, both referenced by key only', () => {
    for (const record of fixture('jira', 'board_issues')) {
      const rows = convert(boardIssuesConverter, record);
      const rel = onlyRow(rows, 'tms_TaskBoardRelationship').values;
      expect(plain(rel.task)).toEqual({ tms_Task: { source: 'Jira', uid: record.key } });
      expect(plain(rel.board)).toEqual({ tms_TaskBoard: { source: 'Jira', uid: String(record.boardId) } });
      expect(rowsOf(rows, 'tms_Task').every((r) => r.referenceOnly)).toBe(true);
      expect(rowsOf(rows, 'tms_TaskBoard').every((r) => r.referenceOnly)).toBe(true);
    }
  });

  it('rejects a record without boardId', () => {
    expect(() => convert(boardIssuesConverter, { id: '1', key: 'A-1' })).toThrow(/^field boardId: /);
  });
});
