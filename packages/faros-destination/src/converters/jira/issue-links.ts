import { type FarosRow, row } from '../../models/faros-row.js';
import { optionalString, type RecordObject, withinObject, withinObjects } from '../record-fields.js';
import { jiraReferenceRow, taskRef } from './jira-keys.js';

/**
 * `tms_TaskDependency` rows of an issue's `fields.issuelinks`. Jira shows a link from both ends:
 * on issue A, `outwardIssue: B` reads "A <outward verb> B" (A blocks B), so B depends on A; on
 * issue B the same link is `inwardIssue: A`. Both ends give the same row, so either record alone
 * suffices and both together merge. `blocking` is set for link types named like "Blocks"; other
 * link types (relates, duplicates, clones) are kept as non-blocking dependencies.
 */
export function issueLinkRows(issueKey: string, issue: RecordObject): FarosRow[] {
  return withinObjects(issue, 'fields.issuelinks', (link) => {
    const typeName = withinObject(link, 'type', (type) => optionalString(type, 'name')) ?? '';
    const blocking = /block/i.test(typeName);
    const outward = withinObject(link, 'outwardIssue', (other) => optionalString(other, 'key'));
    const inward = withinObject(link, 'inwardIssue', (other) => optionalString(other, 'key'));
    const pair =
      outward !== undefined
        ? { dependent: outward, fulfilling: issueKey }
        : inward !== undefined
          ? { dependent: issueKey, fulfilling: inward }
          : undefined;
    if (pair === undefined || pair.dependent === pair.fulfilling) return [];
    const other = outward ?? inward ?? issueKey;
    return [
      jiraReferenceRow('tms_Task', other),
      row('tms_TaskDependency', {
        dependentTask: taskRef(pair.dependent),
        fulfillingTask: taskRef(pair.fulfilling),
        blocking,
      }),
    ];
  }).flat();
}
