import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import { boardRef, jiraKey, jiraReferenceRow, projectRef } from './jira-keys.js';
import { projectKeysById } from './jira-shared.js';
import { RecordReader } from './record-reader.js';

/**
 * `boards` (`GET /rest/agile/1.0/board`): one `tms_TaskBoard` per board, and its
 * `tms_TaskBoardProjectRelationship` to the project it is located in (`projectKey`, or
 * `location.projectKey` in records of older source versions).
 */
export const boardsConverter: Converter = {
  source: 'jira',
  stream: 'boards',
  ownedModels: ['tms_TaskBoard', 'tms_TaskBoardProjectRelationship'],
  *convert(record: Readonly<Record<string, unknown>>, context: ConverterContext): Iterable<FarosRow> {
    const board = RecordReader.of(record);
    const id = board.id('id');
    yield row('tms_TaskBoard', { ...jiraKey(id), name: board.optString('name') ?? null });
    const location = board.optObject('location');
    const projectKey = board.optString('projectKey') ?? location?.optString('projectKey');
    const projectId = board.optId('projectId') ?? location?.optId('projectId');
    if (projectKey === undefined) return;
    if (projectId !== undefined) projectKeysById(context).set(projectId, projectKey);
    yield jiraReferenceRow('tms_Project', projectKey);
    yield row('tms_TaskBoardProjectRelationship', { board: boardRef(id), project: projectRef(projectKey) });
  },
};
