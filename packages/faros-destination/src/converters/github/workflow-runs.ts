import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  optionalInteger,
  optionalString,
  optionalTime,
  type RecordObject,
  requiredInteger,
  requiredString,
} from '../record-fields.js';
import { buildStatus } from './github-categories.js';
import { buildRef, pipelineReferenceRows } from './github-cicd-keys.js';
import { commitRef, commitReferenceRows, repositoryOf } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `workflow_runs`: the `cicd_Build` of a run (uid: run id; `runAttempt` says which attempt the row shows)
 * with its status category, and a `cicd_BuildCommitAssociation` to the head commit, which is how the
 * dashboards attribute builds to repositories. `endedAt` is set once the run completed (GitHub's last
 * update then is its end).
 */
export const workflowRunsConverter: Converter = {
  source: 'github',
  stream: 'workflow_runs',
  ownedModels: ['cicd_Build', 'cicd_BuildCommitAssociation'],
  convert: convertWorkflowRun,
};

function* convertWorkflowRun(record: RecordObject): Iterable<FarosRow> {
  const repo = repositoryOf(record);
  const workflowName = requiredString(record, 'name');
  const build = buildRef(repo, workflowName, requiredInteger(record, 'id'));
  const status = optionalString(record, 'status');
  const conclusion = optionalString(record, 'conclusion');
  const createdAt = optionalTime(record, 'created_at');
  const completed = status === 'completed' || conclusion !== undefined;
  const headSha = optionalString(record, 'head_sha');

  yield* pipelineReferenceRows(repo, workflowName);
  yield row(
    'cicd_Build',
    knownValues({
      ...build.key,
      name: optionalString(record, 'display_title') ?? workflowName,
      number: optionalInteger(record, 'run_number'),
      runAttempt: optionalInteger(record, 'run_attempt'),
      status: { ...buildStatus(status, conclusion) },
      url: optionalString(record, 'html_url'),
      createdAt,
      startedAt: optionalTime(record, 'run_started_at') ?? createdAt,
      endedAt: completed ? (optionalTime(record, 'updated_at') ?? null) : null,
    }),
  );
  if (headSha === undefined || headSha === '') return;
  yield* commitReferenceRows(repo, headSha);
  yield row('cicd_BuildCommitAssociation', { build, commit: commitRef(repo, headSha) });
}
