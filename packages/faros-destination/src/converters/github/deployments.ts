import { type FarosRow, ref, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  optionalBoolean,
  optionalObject,
  optionalObjects,
  optionalString,
  optionalTime,
  type RecordObject,
  requiredInteger,
  requiredString,
  within,
} from '../record-fields.js';
import { type Category, deploymentEnv, deploymentStatus } from './github-categories.js';
import { cicdRepoRef } from './github-cicd-keys.js';
import {
  commitRef,
  commitReferenceRows,
  GITHUB_SOURCE,
  orgKey,
  type RepoName,
  repoSlug,
  repositoryOf,
} from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `deployments`: the `cicd_Deployment` (environment category from `production_environment` or the
 * environment's name), its `compute_Application` (the repository), and the chain the DORA lead-time card
 * follows from a merged PR to a deployment: the deployed sha as a `cicd_Artifact`, linked to the
 * `vcs_Commit` and to the deployment; plus a `cicd_DeploymentChangeset`.
 *
 * Airbyte's record has no status (GitHub serves statuses separately). The converter reads one when the
 * record carries it: `statuses` (GitHub's deployment-status objects, any order), `latest_status`, or a
 * `state` string; otherwise `status` is left alone.
 */
export const deploymentsConverter: Converter = {
  source: 'github',
  stream: 'deployments',
  ownedModels: [
    'cicd_Deployment',
    'compute_Application',
    'cicd_Repository',
    'cicd_Artifact',
    'cicd_ArtifactCommitAssociation',
    'cicd_ArtifactDeployment',
    'cicd_DeploymentChangeset',
  ],
  convert: convertDeployment,
};

function* convertDeployment(record: RecordObject): Iterable<FarosRow> {
  const repo = repositoryOf(record);
  const deployment = ref('cicd_Deployment', { source: GITHUB_SOURCE, uid: String(requiredInteger(record, 'id')) });
  const application = ref('compute_Application', { uid: repoSlug(repo) });
  const environment = optionalString(record, 'environment') || requiredString(record, 'original_environment');
  const status = latestStatus(record);
  const ended = status !== undefined && ['Success', 'Failed'].includes(status.category.category);

  yield row('compute_Application', { ...application.key, name: repo.name, platform: GITHUB_SOURCE });
  yield row(
    'cicd_Deployment',
    knownValues({
      ...deployment.key,
      env: { ...deploymentEnv(environment, optionalBoolean(record, 'production_environment')) },
      status: status === undefined ? undefined : { ...status.category },
      startedAt: optionalTime(record, 'created_at'),
      endedAt: status === undefined ? undefined : ended ? (status.at ?? null) : null,
      application,
    }),
  );
  const sha = optionalString(record, 'sha');
  if (sha !== undefined && sha !== '') yield* artifactRows(repo, sha, deployment);
}

function* artifactRows(repo: RepoName, sha: string, deployment: ReturnType<typeof ref>): Iterable<FarosRow> {
  const repository = cicdRepoRef(repo);
  const artifact = ref('cicd_Artifact', { repository, uid: sha.toLowerCase() });
  const commit = commitRef(repo, sha);
  yield referenceRow('cicd_Organization', orgKey(repo.owner));
  yield row('cicd_Repository', { ...repository.key, name: repo.name });
  yield row('cicd_Artifact', { ...artifact.key, name: sha.toLowerCase() });
  yield* commitReferenceRows(repo, sha);
  yield row('cicd_ArtifactCommitAssociation', { artifact, commit });
  yield row('cicd_ArtifactDeployment', { artifact, deployment });
  yield row('cicd_DeploymentChangeset', { deployment, commit });
}

/** The deployment's status and its time, from whichever status field the record carries. */
function latestStatus(record: RecordObject): { category: Category; at: string | undefined } | undefined {
  const statuses = optionalObjects(record, 'statuses').map((status, index) =>
    within(`statuses.${index}`, () => ({
      state: requiredString(status, 'state'),
      at: optionalTime(status, 'created_at') ?? optionalTime(status, 'updated_at'),
    })),
  );
  // GitHub turns a superseded successful deployment `inactive`; what counts is its last real outcome.
  const sorted = statuses.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
  const chosen = sorted.find((status) => status.state.toLowerCase() !== 'inactive') ?? sorted[0];
  if (chosen !== undefined) return { category: deploymentStatus(chosen.state), at: chosen.at };
  const latest = optionalObject(record, 'latest_status');
  if (latest !== undefined) {
    return within('latest_status', () => ({
      category: deploymentStatus(requiredString(latest, 'state')),
      at: optionalTime(latest, 'created_at') ?? optionalTime(latest, 'updated_at'),
    }));
  }
  const state = optionalString(record, 'state');
  if (state === undefined || state === '') return undefined;
  return { category: deploymentStatus(state), at: optionalTime(record, 'updated_at') };
}
