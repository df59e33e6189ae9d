import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  hasValue,
  optionalObject,
  optionalString,
  type RecordObject,
  requiredId,
  requiredString,
  valueAt,
  withinObject,
  withinObjects,
} from '../record-fields.js';
import { currentSprint } from './issue-custom-fields.js';
import { jiraKey, jiraReferenceRow, sprintRef } from './jira-keys.js';
import { jiraEpochMs } from './jira-time.js';

/**
 * `sprint_issues` (`GET /rest/agile/1.0/sprint/{id}/issue`): sets `tms_Task.sprint` of an issue to
 * this sprint when it is the issue's current sprint. The agile API tells which that is
 * (`fields.sprint`, the open sprint, else the last of `fields.closedSprints`), so an issue carried
 * over through several sprints ends in the same one whatever order the records come in, and in
 * the one `issues` gives it. Records without that information (older source versions) link the
 * issue to their sprint. The row carries only the task's key and `sprint`: everything else about
 * the task is left to `issues`, and this stream owns no model.
 */
export const sprintIssuesConverter: Converter = {
  source: 'jira',
  stream: 'sprint_issues',
  ownedModels: [],
  *convert(record: Readonly<Record<string, unknown>>): Iterable<FarosRow> {
    const key = requiredString(record, 'key');
    const sprintId = requiredId(record, 'sprintId');
    const fields = optionalObject(record, 'fields');
    const known = fields !== undefined && (hasValue(fields, 'sprint') || hasValue(fields, 'closedSprints'));
    if (known) {
      const current = withinObject(record, 'fields.sprint', sprintOf);
      // Jira's agile API gives `closedSprints` as a list; Airbyte's schema declares one object: both are read.
      const closed = Array.isArray(valueAt(record, 'fields.closedSprints'))
        ? withinObjects(record, 'fields.closedSprints', sprintOf)
        : [withinObject(record, 'fields.closedSprints', sprintOf)];
      const sprints = [current, ...closed].filter((s) => s !== undefined);
      if (currentSprint(sprints) !== sprintId) return;
    }
    yield jiraReferenceRow('tms_Sprint', sprintId);
    yield row('tms_Task', { ...jiraKey(key), sprint: sprintRef(sprintId) });
  },
};

/** A sprint as `currentSprint` weighs it. */
function sprintOf(sprint: RecordObject): { id: string; state: string; endMs: number } {
  const end = optionalString(sprint, 'completeDate') ?? optionalString(sprint, 'endDate');
  return {
    id: requiredId(sprint, 'id'),
    state: (optionalString(sprint, 'state') ?? '').toLowerCase(),
    endMs: end ? jiraEpochMs(end, 'endDate') : 0,
  };
}
