import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow, plain, rowsOf, testContext } from '../converter-test-kit.js';
import { boardsConverter } from './boards.js';
import { projectKeysById } from './jira-shared.js';

describe('boards converter', () => {
  const [scrum, older, personal] = fixture('jira', 'boards');

  it('writes the board and its project relationship', () => {
    const context = testContext();
    const rows = convert(boardsConverter, scrum, context);
    expect(onlyRow(rows, 'tms_TaskBoard').values).toEqual({ source: 'Jira', uid: '1', name: 'PROJ board' });
    const rel = onlyRow(rows, 'tms_TaskBoardProjectRelationship').values;
    expect(plain(rel.board)).toEqual({ tms_TaskBoard: { source: 'Jira', uid: '1' } });
    expect(plain(rel.project)).toEqual({ tms_Project: { source: 'Jira', uid: 'PROJ' } });
    expect(projectKeysById(context).get('10000')).toBe('PROJ');
  });

  it('finds the project in location for older records', () => {
    const rel = onlyRow(convert(boardsConverter, older), 'tms_TaskBoardProjectRelationship').values;
    expect(plain(rel.project)).toEqual({ tms_Project: { source: 'Jira', uid: 'OPS' } });
  });

  it('writes a board without location and no relationship', () => {
    const rows = convert(boardsConverter, personal);
    expect(onlyRow(rows, 'tms_TaskBoard').values.uid).toBe('7');
    expect(rowsOf(rows, 'tms_TaskBoardProjectRelationship')).toEqual([]);
  });
});
