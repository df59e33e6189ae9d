import { type FarosRef, type FarosRow, ref, referenceRow } from '../../models/faros-row.js';
import { orgKey, type RepoName } from './github-keys.js';

/** The `cicd_Organization` of a GitHub owner: same source and uid as its `vcs_Organization`. */
export function cicdOrgRef(owner: string): FarosRef {
  return ref('cicd_Organization', orgKey(owner));
}

/**
 * The pipeline of a GitHub Actions workflow: uid `<repo>/<workflow name>`, lower-cased repository. The
 * workflow's name is the one identity all three Actions streams carry (`workflows.name`,
 * `workflow_runs.name`, `workflow_jobs.workflow_name`; jobs lack the workflow id), so builds and their
 * steps always join their pipeline. Two workflow files of one repository with the same name share it.
 */
export function pipelineRef(repo: RepoName, workflowName: string): FarosRef {
  return ref('cicd_Pipeline', {
    organization: cicdOrgRef(repo.owner),
    uid: `${repo.name.toLowerCase()}/${workflowName}`,
  });
}

/** The build of a workflow run: uid the run id; later attempts of a run update the same build. */
export function buildRef(repo: RepoName, workflowName: string, runId: number): FarosRef {
  return ref('cicd_Build', { pipeline: pipelineRef(repo, workflowName), uid: String(runId) });
}

/** Key-only rows for a pipeline and its organisation. */
export function pipelineReferenceRows(repo: RepoName, workflowName: string): FarosRow[] {
  return [
    referenceRow('cicd_Organization', orgKey(repo.owner)),
    referenceRow('cicd_Pipeline', pipelineRef(repo, workflowName).key),
  ];
}

/** Key-only rows for a build, its pipeline and organisation. */
export function buildReferenceRows(repo: RepoName, workflowName: string, runId: number): FarosRow[] {
  return [
    ...pipelineReferenceRows(repo, workflowName),
    referenceRow('cicd_Build', buildRef(repo, workflowName, runId).key),
  ];
}

/** The `cicd_Repository` artifacts of a GitHub repository live in (uid: the lower-cased name). */
export function cicdRepoRef(repo: RepoName): FarosRef {
  return ref('cicd_Repository', { organization: cicdOrgRef(repo.owner), uid: repo.name.toLowerCase() });
}
