import { type FarosRow, row } from '../../models/faros-row.js';
import { jiraReferenceRow, taskRef } from './jira-keys.js';
import type { RecordReader } from './record-reader.js';

/**
 * `tms_TaskDependency` rows of an issue's `fields.issuelinks`. Jira shows a link from both ends:
 * on issue A, `outwardIssue: B` reads "A <outward verb> B" (A blocks B), so B depends on A; on
 * issue B the same link is `inwardIssue: A`. Both ends give the same row, so either record alone
 * suffices and both together merge. `blocking` is set for link types named like "Blocks"; other
 * link types (relates, duplicates, clones) are kept as non-blocking dependencies.
 */
export function* issueLinkRows(issueKey: string, fields: RecordReader): Iterable<FarosRow> {
  for (const link of fields.objects('issuelinks')) {
    const typeName = link.optObject('type')?.optString('name') ?? '';
    const blocking = /block/i.test(typeName);
    const outward = link.optObject('outwardIssue')?.optString('key');
    const inward = link.optObject('inwardIssue')?.optString('key');
    const pair =
      outward !== undefined
        ? { dependent: outward, fulfilling: issueKey }
        : inward !== undefined
          ? { dependent: issueKey, fulfilling: inward }
          : undefined;
    if (pair === undefined || pair.dependent === pair.fulfilling) continue;
    const other = outward ?? inward ?? issueKey;
    yield jiraReferenceRow('tms_Task', other);
    yield row('tms_TaskDependency', {
      dependentTask: taskRef(pair.dependent),
      fulfillingTask: taskRef(pair.fulfilling),
      blocking,
    });
  }
}
