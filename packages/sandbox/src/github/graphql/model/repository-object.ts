import { type GithubRepository, githubNodeId } from '../../../world/index.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList, type SortKey } from '../connection.js';
import { organizationObject, userObject } from './account-object.js';
import { type DeploymentListArgs, deploymentConnection } from './deployment-object.js';
import { compositeNodeId, type GqlObject, type GraphqlScope, iso } from './graphql-scope.js';
import { issueConnection, issueObject } from './issue-object.js';
import { labelConnection, labelObject, milestoneConnection, milestoneObject } from './label-object.js';
import { pullRequestConnection, pullRequestObject } from './pull-request-object.js';
import { gitObject, refConnection, refObject, resolveRef } from './ref-object.js';
import { latestRelease, releaseConnection, releaseObject } from './release-object.js';
import {
  type AssignableUserArgs,
  assignableUserConnection,
  type CollaboratorArgs,
  collaboratorConnection,
} from './repository-people.js';

/** Arguments of the `repositories` connections (of organisations and users). */
export interface RepositoryListArgs extends ConnectionArgs {
  readonly orderBy?: { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null;
  readonly privacy?: 'PUBLIC' | 'PRIVATE' | null;
  readonly visibility?: 'PUBLIC' | 'PRIVATE' | 'INTERNAL' | null;
  readonly isFork?: boolean | null;
  readonly isArchived?: boolean | null;
}

/** The repositories among `repos` that the viewer can see, filtered and ordered as asked. */
export function repositoryConnection(
  scope: GraphqlScope,
  repos: readonly GithubRepository[],
  args: RepositoryListArgs,
): ConnectionObject {
  const visible = repos.filter(
    (r) =>
      scope.viewer.canSee(r.fullName) &&
      (!args.privacy || (args.privacy === 'PRIVATE') === r.private) &&
      (!args.visibility || args.visibility === r.visibility.toUpperCase()) &&
      (typeof args.isFork !== 'boolean' || args.isFork === r.fork) &&
      (typeof args.isArchived !== 'boolean' || args.isArchived === r.archived),
  );
  const field = args.orderBy?.field;
  const key = (r: GithubRepository): SortKey => {
    if (field === 'NAME') return [r.name.toLowerCase(), r.id];
    if (field === 'UPDATED_AT') return [r.updatedAt, r.id];
    if (field === 'PUSHED_AT') return [r.pushedAt, r.id];
    if (field === 'CREATED_AT') return [r.createdAt, r.id];
    return [r.id];
  };
  const descending = args.orderBy?.direction === 'DESC';
  const sorted = [...visible].sort((a, b) => compare(key(a), key(b)) * (descending ? -1 : 1));
  return paginate(sorted, args, { key, descending }, (r) => repositoryObject(scope, r));
}

function compare(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** A repository (the caller has checked the viewer can see it). */
export function repositoryObject(scope: GraphqlScope, repo: GithubRepository): GqlObject {
  const { github } = scope.world;
  const path = `/${repo.fullName}`;
  const ownerOrg = github.organizations.get(repo.owner);
  const ownerUser = ownerOrg ? undefined : github.users.get(repo.owner);
  const number = ({ number }: { number: number }) => number;
  return {
    __typename: 'Repository',
    id: githubNodeId('Repository', repo.id),
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: ownerOrg ? organizationObject(scope, ownerOrg) : ownerUser ? userObject(scope, ownerUser) : undefined,
    description: repo.description,
    isPrivate: repo.private,
    isArchived: repo.archived,
    isFork: repo.fork,
    isDisabled: false,
    isEmpty: github.branches.group(repo.fullName).length === 0,
    isLocked: false,
    isMirror: false,
    isTemplate: false,
    isInOrganization: ownerOrg !== undefined,
    visibility: repo.visibility.toUpperCase(),
    url: `${scope.web}${path}`,
    resourcePath: path,
    sshUrl: `git@${new URL(scope.web).host}:${repo.fullName}.git`,
    homepageUrl: null,
    createdAt: iso(repo.createdAt),
    updatedAt: iso(repo.updatedAt),
    pushedAt: iso(repo.pushedAt),
    archivedAt: null,
    diskUsage: repo.size,
    forkCount: 0,
    hasIssuesEnabled: repo.hasIssues,
    hasWikiEnabled: false,
    hasProjectsEnabled: false,
    hasDiscussionsEnabled: false,
    mergeCommitAllowed: repo.mergeStyle === 'merge',
    squashMergeAllowed: repo.mergeStyle === 'squash',
    rebaseMergeAllowed: false,
    deleteBranchOnMerge: true,
    primaryLanguage: repo.language
      ? { __typename: 'Language', id: compositeNodeId('Language', repo.language), name: repo.language, color: null }
      : null,
    repositoryTopics: (args: ConnectionArgs) =>
      paginateList(repo.topics, args, (name) => ({
        __typename: 'RepositoryTopic',
        id: compositeNodeId('RepositoryTopic', repo.id, name),
        url: `${scope.web}/topics/${name}`,
        resourcePath: `/topics/${name}`,
        topic: { __typename: 'Topic', id: compositeNodeId('Topic', name), name },
      })),
    defaultBranchRef: () => refObject(scope, repo, `refs/heads/${repo.defaultBranch}`),
    ref: ({ qualifiedName }: { qualifiedName: string }) => {
      const name = resolveRef(scope, repo, qualifiedName);
      return name ? refObject(scope, repo, name) : null;
    },
    refs: (args: Parameters<typeof refConnection>[2]) => refConnection(scope, repo, args),
    object: (args: { oid?: string | null; expression?: string | null }) => gitObject(scope, repo, args),
    pullRequests: (args: Parameters<typeof pullRequestConnection>[2]) =>
      pullRequestConnection(scope, github.pullRequests.group(repo.fullName), args),
    pullRequest: (args: { number: number }) => {
      const pr = github.pullRequests.get(`${repo.fullName}#${number(args)}`);
      return pr ? pullRequestObject(scope, pr) : null;
    },
    issues: (args: Parameters<typeof issueConnection>[2]) => issueConnection(scope, repo, args),
    issue: (args: { number: number }) => {
      const issue = github.issues.get(`${repo.fullName}#${number(args)}`);
      return issue ? issueObject(scope, issue) : null;
    },
    issueOrPullRequest: (args: { number: number }) => {
      const key = `${repo.fullName}#${number(args)}`;
      const issue = github.issues.get(key);
      if (issue) return issueObject(scope, issue);
      const pr = github.pullRequests.get(key);
      return pr ? pullRequestObject(scope, pr) : null;
    },
    assignableUsers: (args: AssignableUserArgs) => assignableUserConnection(scope, repo, args),
    collaborators: (args: CollaboratorArgs) => collaboratorConnection(scope, repo, args),
    releases: (args: Parameters<typeof releaseConnection>[2]) => releaseConnection(scope, repo, args),
    release: ({ tagName }: { tagName: string }) => {
      const release = github.releases.group(repo.fullName).find((r) => r.tagName === tagName);
      return release ? releaseObject(scope, release) : null;
    },
    latestRelease: () => latestRelease(scope, repo),
    deployments: (args: DeploymentListArgs) => deploymentConnection(scope, repo, args),
    labels: (args: Parameters<typeof labelConnection>[2]) => labelConnection(scope, repo, args),
    label: ({ name }: { name: string }) => {
      const label = github.labels.get(`${repo.fullName}/labels/${name}`);
      return label ? labelObject(scope, label) : null;
    },
    milestones: (args: Parameters<typeof milestoneConnection>[2]) => milestoneConnection(scope, repo, args),
    milestone: (args: { number: number }) => {
      const milestone = github.milestones.get(`${repo.fullName}/milestones/${number(args)}`);
      return milestone ? milestoneObject(scope, milestone) : null;
    },
  };
}
