import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { currentSprint } from './issue-custom-fields.js';
import { jiraKey, jiraReferenceRow, sprintRef } from './jira-keys.js';
import { jiraEpochMs } from './jira-time.js';
import { RecordReader } from './record-reader.js';

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
    const issue = RecordReader.of(record);
    const key = issue.string('key');
    const sprintId = issue.id('sprintId');
    const fields = issue.optObject('fields');
    const known = fields !== undefined && (fields.has('sprint') || fields.has('closedSprints'));
    if (known) {
      // Jira's agile API gives `closedSprints` as a list; Airbyte's schema declares one object: both are read.
      const closed = Array.isArray(fields.value.closedSprints)
        ? fields.objects('closedSprints')
        : [fields.optObject('closedSprints')];
      const sprints = [fields.optObject('sprint'), ...closed].flatMap((s) => {
        if (s === undefined) return [];
        const end = s.optString('completeDate') ?? s.optString('endDate');
        return [
          {
            id: s.id('id'),
            state: (s.optString('state') ?? '').toLowerCase(),
            endMs: end ? jiraEpochMs(end, s.at('endDate')) : 0,
          },
        ];
      });
      if (currentSprint(sprints) !== sprintId) return;
    }
    yield jiraReferenceRow('tms_Sprint', sprintId);
    yield row('tms_Task', { ...jiraKey(key), sprint: sprintRef(sprintId) });
  },
};
