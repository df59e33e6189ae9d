import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import { optionalId, optionalObject, optionalString, requiredId } from '../record-fields.js';
import { boardRef, jiraKey, jiraReferenceRow, projectRef } from './jira-keys.js';
import { projectKeysById } from './jira-shared.js';

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
    const id = requiredId(record, 'id');
    yield row('tms_TaskBoard', { ...jiraKey(id), name: optionalString(record, 'name') ?? null });
    // A location that is not an object rejects the record (the dotted reads below would pass over it).
    optionalObject(record, 'location');
    const projectKey = optionalString(record, 'projectKey') ?? optionalString(record, 'location.projectKey');
    const projectId = optionalId(record, 'projectId') ?? optionalId(record, 'location.projectId');
    if (projectKey === undefined) return;
    if (projectId !== undefined) projectKeysById(context).set(projectId, projectKey);
    yield jiraReferenceRow('tms_Project', projectKey);
    yield row('tms_TaskBoardProjectRelationship', { board: boardRef(id), project: projectRef(projectKey) });
  },
};
