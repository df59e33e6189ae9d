import { type GithubPullRequest, githubNodeId } from '../../../world/index.js';
import { commentsOf } from '../../rest/derived-activity.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList } from '../connection.js';
import { actorObject, userObject } from './account-object.js';
import { commentConnection } from './comment-object.js';
import { commitObject, findCommit } from './commit-object.js';
import {
  authorAssociation,
  compositeNodeId,
  type GqlObject,
  type GraphqlScope,
  html,
  intOrNull,
  iso,
  isoOrNull,
} from './graphql-scope.js';
import { type IssueOrderArgs, pageInIssueOrder } from './issue-order.js';
import { milestoneObject, namedLabelConnection } from './label-object.js';
import { pullRequestFiles } from './pull-request-files.js';
import { refObject } from './ref-object.js';
import { repositoryObject } from './repository-object.js';
import { reviewConnection, reviewRequestConnection } from './review-object.js';

/** Arguments of `pullRequests` connections (`IssueOrder` ordering). */
export interface PullRequestListArgs extends IssueOrderArgs {
  readonly states?: readonly string[] | null;
  readonly labels?: readonly string[] | null;
  readonly baseRefName?: string | null;
  readonly headRefName?: string | null;
}

/** GitHub's `PullRequestState` of a pull request. */
export function pullRequestState(pr: GithubPullRequest): 'OPEN' | 'CLOSED' | 'MERGED' {
  return pr.mergedAt !== null ? 'MERGED' : pr.state === 'open' ? 'OPEN' : 'CLOSED';
}

/** Pull requests filtered by state, labels and refs; number order unless `orderBy` says otherwise. */
export function pullRequestConnection(
  scope: GraphqlScope,
  prs: readonly GithubPullRequest[],
  args: PullRequestListArgs,
): ConnectionObject {
  const selected = prs.filter(
    (p) =>
      (!args.states || args.states.includes(pullRequestState(p))) &&
      (!args.labels || args.labels.some((l) => p.labels.includes(l))) &&
      (!args.baseRefName || p.baseRef === args.baseRefName) &&
      (!args.headRefName || p.headRef === args.headRefName),
  );
  return pageInIssueOrder(selected, args, (p) => pullRequestObject(scope, p));
}

/** A pull request, with its reviews, commits, files, labels and review requests. */
export function pullRequestObject(scope: GraphqlScope, pr: GithubPullRequest): GqlObject {
  const { github } = scope.world;
  const repository = github.repositories.get(pr.repo);
  const path = `/${pr.repo}/pull/${pr.number}`;
  const reviews = () => github.reviews.group(`${pr.repo}#${pr.number}`);
  const headBranch = github.branches.get(`${pr.repo}/branches/${pr.headRef}`);
  const open = pr.state === 'open';
  return {
    __typename: 'PullRequest',
    id: githubNodeId('PullRequest', pr.id),
    databaseId: intOrNull(pr.id),
    fullDatabaseId: String(pr.id),
    number: pr.number,
    title: pr.title,
    titleHTML: html(pr.title),
    body: pr.body ?? '',
    bodyText: pr.body ?? '',
    bodyHTML: html(pr.body),
    state: pullRequestState(pr),
    isDraft: pr.draft,
    locked: pr.locked,
    activeLockReason: null,
    closed: !open,
    merged: pr.mergedAt !== null,
    mergedAt: isoOrNull(pr.mergedAt),
    mergedBy: () => actorObject(scope, pr.mergedBy),
    mergeCommit: () => (pr.mergeCommitSha && repository ? commitObject(scope, repository, pr.mergeCommitSha) : null),
    createdAt: iso(pr.createdAt),
    updatedAt: iso(pr.updatedAt),
    closedAt: isoOrNull(pr.closedAt),
    publishedAt: iso(pr.createdAt),
    lastEditedAt: null,
    author: () => actorObject(scope, pr.author),
    authorAssociation: authorAssociation(scope, pr.repo, pr.author),
    editor: null,
    url: `${scope.web}${path}`,
    permalink: `${scope.web}${path}`,
    resourcePath: path,
    additions: pr.additions,
    deletions: pr.deletions,
    changedFiles: pr.changedFiles,
    headRefName: pr.headRef,
    headRefOid: pr.headSha,
    baseRefName: pr.baseRef,
    baseRefOid: pr.baseSha,
    headRef: () => (headBranch && repository ? refObject(scope, repository, `refs/heads/${pr.headRef}`) : null),
    baseRef: () => (repository ? refObject(scope, repository, `refs/heads/${pr.baseRef}`) : null),
    headRepository: () => (repository ? repositoryObject(scope, repository) : null),
    headRepositoryOwner: () => (repository ? repositoryObject(scope, repository).owner : null),
    baseRepository: () => (repository ? repositoryObject(scope, repository) : null),
    repository: () => (repository ? repositoryObject(scope, repository) : undefined),
    isCrossRepository: false,
    maintainerCanModify: false,
    createdViaEmail: false,
    includesCreatedEdit: false,
    isInMergeQueue: false,
    isMergeQueueEnabled: false,
    // The world has no conflicts: open pull requests merge cleanly (drafts must be marked ready first).
    mergeable: open ? 'MERGEABLE' : 'UNKNOWN',
    mergeStateStatus: open ? (pr.draft ? 'DRAFT' : 'CLEAN') : 'UNKNOWN',
    canBeRebased: open,
    reviewDecision: () => reviewDecision(reviews()),
    milestone: () => {
      const m = pr.milestone === null ? undefined : github.milestones.get(`${pr.repo}/milestones/${pr.milestone}`);
      return m ? milestoneObject(scope, m) : null;
    },
    assignees: (args: ConnectionArgs) =>
      paginateList(
        pr.assignees.flatMap((l) => github.users.get(l) ?? []),
        args,
        (u) => userObject(scope, u),
      ),
    labels: (args: ConnectionArgs) => namedLabelConnection(scope, pr.repo, pr.labels, args),
    commits: (args: ConnectionArgs) =>
      paginateList(pr.commits, args, (sha) => ({
        __typename: 'PullRequestCommit',
        id: compositeNodeId('PullRequestCommit', pr.id, sha),
        url: `${scope.web}${path}/commits/${sha}`,
        resourcePath: `${path}/commits/${sha}`,
        commit: repository && findCommit(scope, pr.repo, sha) ? commitObject(scope, repository, sha) : undefined,
        pullRequest: () => pullRequestObject(scope, pr),
      })),
    comments: (args: ConnectionArgs) => commentConnection(scope, commentsOf(scope.world, pr), args),
    totalCommentsCount: pr.comments + github.reviewComments.group(`${pr.repo}#${pr.number}`).length,
    reviews: (args: Parameters<typeof reviewConnection>[2]) => reviewConnection(scope, pr, args),
    latestReviews: (args: ConnectionArgs) => reviewConnection(scope, pr, { ...args, latestOnly: true }),
    latestOpinionatedReviews: (args: ConnectionArgs) =>
      reviewConnection(scope, pr, { ...args, latestOnly: true, states: ['APPROVED', 'CHANGES_REQUESTED'] }),
    reviewRequests: (args: ConnectionArgs) => reviewRequestConnection(scope, pr, args),
    files: (args: ConnectionArgs) =>
      paginate(pullRequestFiles(scope, pr), args, { key: (f) => [f.path] }, (f) => ({
        __typename: 'PullRequestChangedFile',
        ...f,
        viewerViewedState: 'UNVIEWED',
      })),
    reactionGroups: [],
    reactions: (args: ConnectionArgs) => paginateList([], args, () => null),
  };
}

function reviewDecision(reviews: readonly { author: string | null; state: string }[]): string {
  const latest = new Map<string | null, string>();
  for (const r of reviews) if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED') latest.set(r.author, r.state);
  const states = [...latest.values()];
  if (states.includes('CHANGES_REQUESTED')) return 'CHANGES_REQUESTED';
  return states.includes('APPROVED') ? 'APPROVED' : 'REVIEW_REQUIRED';
}
