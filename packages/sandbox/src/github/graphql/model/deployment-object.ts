import {
  type GithubDeployment,
  type GithubDeploymentStatus,
  type GithubRepository,
  githubNodeId,
} from '../../../world/index.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList } from '../connection.js';
import { actorObject } from './account-object.js';
import { commitObject } from './commit-object.js';
import { type GqlObject, type GraphqlScope, intOrNull, iso } from './graphql-scope.js';
import { refObject, resolveRef } from './ref-object.js';
import { repositoryObject } from './repository-object.js';

/** Arguments of `Repository.deployments` (`DeploymentOrder`: CREATED_AT only; default ascending). */
export interface DeploymentListArgs extends ConnectionArgs {
  readonly environments?: readonly string[] | null;
  readonly orderBy?: { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null;
}

/** A repository's deployments, of the given environments (all when none), by creation time (ties by id). */
export function deploymentConnection(
  scope: GraphqlScope,
  repo: GithubRepository,
  args: DeploymentListArgs,
): ConnectionObject {
  const environments = args.environments ?? null;
  const descending = args.orderBy?.direction === 'DESC';
  const key = (d: GithubDeployment) => [d.createdAt, d.id];
  const sorted = scope.world.github.deployments
    .group(repo.fullName)
    .filter((d) => environments === null || environments.includes(d.environment))
    .sort((a, b) => (a.createdAt - b.createdAt || a.id - b.id) * (descending ? -1 : 1));
  return paginate(sorted, args, { key, descending }, (d) => deploymentObject(scope, repo, d));
}

/** GitHub's `DeploymentState` from the latest status (a successful deployment is the `ACTIVE` one). */
function stateOf(d: GithubDeployment): string {
  const latest = d.statuses.at(-1)?.state;
  if (latest === undefined) return 'PENDING';
  return latest === 'success' ? 'ACTIVE' : latest.toUpperCase();
}

/**
 * A deployment, with the same times as REST's (`updatedAt` moves with each new status). A creator the
 * world no longer has is left out (`creator` is non-null; GitHub shows its ghost account).
 */
export function deploymentObject(scope: GraphqlScope, repo: GithubRepository, d: GithubDeployment): GqlObject {
  const qualifiedRef = resolveRef(scope, repo, d.ref);
  const latest = d.statuses.at(-1);
  return {
    __typename: 'Deployment',
    id: githubNodeId('Deployment', d.id),
    databaseId: intOrNull(d.id),
    commitOid: d.sha,
    commit: () => commitObject(scope, repo, d.sha) ?? null,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
    creator: () => actorObject(scope, d.creator) ?? undefined,
    description: d.description,
    environment: d.environment,
    latestEnvironment: d.environment,
    originalEnvironment: d.environment,
    payload: '{}',
    task: d.task,
    ref: () => (qualifiedRef ? refObject(scope, repo, qualifiedRef) : null),
    state: stateOf(d),
    latestStatus: () => (latest ? deploymentStatusObject(scope, repo, d, latest) : null),
    // Newest first, as REST lists them.
    statuses: (args: ConnectionArgs) =>
      paginateList([...d.statuses].reverse(), args, (s) => deploymentStatusObject(scope, repo, d, s)),
    repository: () => repositoryObject(scope, repo),
  };
}

/** A deployment status (statuses are never edited: `updatedAt` is `createdAt`). */
function deploymentStatusObject(
  scope: GraphqlScope,
  repo: GithubRepository,
  d: GithubDeployment,
  s: GithubDeploymentStatus,
): GqlObject {
  return {
    __typename: 'DeploymentStatus',
    id: githubNodeId('DeploymentStatus', s.id),
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.createdAt),
    creator: () => actorObject(scope, s.creator) ?? undefined,
    deployment: () => deploymentObject(scope, repo, d),
    description: s.description,
    environment: d.environment,
    environmentUrl: null,
    logUrl: `${scope.web}/${repo.fullName}/actions`,
    state: s.state.toUpperCase(),
  };
}
