import { type FarosRow, type FarosValue, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { hasValue, optionalString, requiredId } from '../record-fields.js';
import { jiraKey } from './jira-keys.js';
import { jiraIsoTime } from './jira-time.js';

/** Faros sprint state categories by Jira sprint state. */
const STATES: Readonly<Record<string, string>> = { active: 'Active', closed: 'Closed', future: 'Future' };

/**
 * `sprints` (`GET /rest/agile/1.0/board/{id}/sprint`): one `tms_Sprint` per sprint, with state as
 * `{category, detail}`, `startedAt`, and `endedAt` = when it was completed, else its planned end.
 */
export const sprintsConverter: Converter = {
  source: 'jira',
  stream: 'sprints',
  ownedModels: ['tms_Sprint'],
  *convert(record: Readonly<Record<string, unknown>>): Iterable<FarosRow> {
    const values: Record<string, FarosValue> = {
      ...jiraKey(requiredId(record, 'id')),
      name: optionalString(record, 'name') ?? null,
    };
    const goal = optionalString(record, 'goal');
    values.description = goal === undefined || goal === '' ? null : goal;
    const state = optionalString(record, 'state');
    if (state !== undefined) values.state = { category: STATES[state.toLowerCase()] ?? 'Custom', detail: state };
    const start = optionalString(record, 'startDate');
    values.startedAt = start === undefined ? null : jiraIsoTime(start, 'startDate');
    const end = optionalString(record, 'completeDate') ?? optionalString(record, 'endDate');
    values.endedAt =
      end === undefined ? null : jiraIsoTime(end, hasValue(record, 'completeDate') ? 'completeDate' : 'endDate');
    yield row('tms_Sprint', values);
  },
};
