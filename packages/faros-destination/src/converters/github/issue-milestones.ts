import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  optionalInteger,
  optionalString,
  type RecordObject,
  requiredInteger,
  requiredString,
} from '../record-fields.js';
import { repositoryOf } from './github-keys.js';
import { milestoneEpicRef, taskProjectRef } from './github-tms-keys.js';
import { knownValues } from './row-values.js';

/**
 * `issue_milestones`: a `tms_Epic` per milestone, in its repository's project. Status: closed is Done; an
 * open milestone is InProgress once one of its issues is closed, else Todo.
 */
export const issueMilestonesConverter: Converter = {
  source: 'github',
  stream: 'issue_milestones',
  ownedModels: ['tms_Epic'],
  convert: function* convertMilestone(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    const state = requiredString(record, 'state').toLowerCase();
    const closedIssues = optionalInteger(record, 'closed_issues') ?? 0;
    const category = state === 'closed' ? 'Done' : closedIssues > 0 ? 'InProgress' : 'Todo';
    const project = taskProjectRef(repo);
    yield referenceRow('tms_Project', project.key);
    yield row(
      'tms_Epic',
      knownValues({
        ...milestoneEpicRef(requiredInteger(record, 'id')).key,
        name: optionalString(record, 'title'),
        description: optionalString(record, 'description') ?? null,
        status: { category, detail: state },
        project,
      }),
    );
  },
};
