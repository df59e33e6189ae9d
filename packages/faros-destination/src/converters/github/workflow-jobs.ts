import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, optionalTime, type RecordObject, requiredInteger, requiredString } from '../record-fields.js';
import { buildStatus } from './github-categories.js';
import { buildRef, buildReferenceRows } from './github-cicd-keys.js';
import { repositoryOf } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `workflow_jobs`: a `cicd_BuildStep` per job of a run, under the run's build (found by the workflow's
 * name and the run id, as `workflow_runs` keys it), with its status category and times. The job's own
 * steps are not modelled: CE has no level below a build step.
 */
export const workflowJobsConverter: Converter = {
  source: 'github',
  stream: 'workflow_jobs',
  ownedModels: ['cicd_BuildStep'],
  convert: function* convertWorkflowJob(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    const workflowName = requiredString(record, 'workflow_name');
    const runId = requiredInteger(record, 'run_id');
    const completedAt = optionalTime(record, 'completed_at');
    yield* buildReferenceRows(repo, workflowName, runId);
    yield row(
      'cicd_BuildStep',
      knownValues({
        build: buildRef(repo, workflowName, runId),
        uid: String(requiredInteger(record, 'id')),
        name: optionalString(record, 'name'),
        type: { category: 'Custom', detail: 'job' },
        status: { ...buildStatus(optionalString(record, 'status'), optionalString(record, 'conclusion')) },
        url: optionalString(record, 'html_url'),
        createdAt: optionalTime(record, 'created_at'),
        startedAt: optionalTime(record, 'started_at'),
        endedAt: completedAt ?? null,
      }),
    );
  },
};
