import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { requiredId, requiredString } from '../record-fields.js';
import { boardRef, jiraReferenceRow, taskRef } from './jira-keys.js';

/**
 * `board_issues` (`GET /rest/agile/1.0/board/{id}/issue`): one `tms_TaskBoardRelationship` per issue
 * on a board. The task and the board are owned by `issues` and `boards`; here they are references.
 */
export const boardIssuesConverter: Converter = {
  source: 'jira',
  stream: 'board_issues',
  ownedModels: ['tms_TaskBoardRelationship'],
  *convert(record: Readonly<Record<string, unknown>>): Iterable<FarosRow> {
    const key = requiredString(record, 'key');
    const boardId = requiredId(record, 'boardId');
    yield jiraReferenceRow('tms_Task', key);
    yield jiraReferenceRow('tms_TaskBoard', boardId);
    yield row('tms_TaskBoardRelationship', { task: taskRef(key), board: boardRef(boardId) });
  },
};
