import {
  type GithubPullRequest,
  type GithubReview,
  type GithubReviewComment,
  githubNodeId,
} from '../../../world/index.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList } from '../connection.js';
import { actorObject, teamObject, userObject } from './account-object.js';
import { commitObject } from './commit-object.js';
import {
  authorAssociation,
  compositeNodeId,
  type GqlObject,
  type GraphqlScope,
  html,
  intOrNull,
  iso,
} from './graphql-scope.js';
import { pullRequestObject } from './pull-request-object.js';
import { repositoryObject } from './repository-object.js';

/** Arguments of `reviews`; `latestOnly` serves `latestReviews` (each author's last review). */
export interface ReviewListArgs extends ConnectionArgs {
  readonly states?: readonly string[] | null;
  readonly author?: string | null;
  readonly latestOnly?: boolean;
}

/** A pull request's reviews in submission order, filtered by state and author login. */
export function reviewConnection(scope: GraphqlScope, pr: GithubPullRequest, args: ReviewListArgs): ConnectionObject {
  let reviews = scope.world.github.reviews.group(`${pr.repo}#${pr.number}`).filter((r) => r.state !== 'PENDING');
  if (args.latestOnly) {
    const last = new Map<string | null, GithubReview>();
    for (const r of reviews) last.set(r.author, r);
    reviews = reviews.filter((r) => last.get(r.author) === r);
  }
  const selected = reviews.filter(
    (r) => (!args.states || args.states.includes(r.state)) && (!args.author || r.author === args.author),
  );
  return paginate(selected, args, { key: (r) => [r.id] }, (r) => reviewObject(scope, pr, r));
}

/** A submitted review of `pr`. */
export function reviewObject(scope: GraphqlScope, pr: GithubPullRequest, review: GithubReview): GqlObject {
  const { github } = scope.world;
  const repository = github.repositories.get(pr.repo);
  const path = `/${pr.repo}/pull/${pr.number}#pullrequestreview-${review.id}`;
  const at = iso(review.submittedAt ?? pr.updatedAt);
  const member = authorAssociation(scope, pr.repo, review.author);
  return {
    __typename: 'PullRequestReview',
    id: githubNodeId('PullRequestReview', review.id),
    databaseId: intOrNull(review.id),
    fullDatabaseId: String(review.id),
    state: review.state,
    body: review.body,
    bodyText: review.body,
    bodyHTML: html(review.body),
    submittedAt: review.submittedAt === null ? null : at,
    publishedAt: review.submittedAt === null ? null : at,
    createdAt: at,
    updatedAt: at,
    lastEditedAt: null,
    author: () => actorObject(scope, review.author),
    authorAssociation: member,
    authorCanPushToRepository: member === 'OWNER' || member === 'MEMBER',
    editor: null,
    createdViaEmail: false,
    includesCreatedEdit: false,
    isMinimized: false,
    minimizedReason: null,
    url: `${scope.web}${path}`,
    resourcePath: path,
    commit: () => (repository ? commitObject(scope, repository, review.commitSha) : null),
    comments: (args: ConnectionArgs) =>
      paginate(
        github.reviewComments.group(`${pr.repo}#${pr.number}`).filter((c) => c.reviewId === review.id),
        args,
        { key: (c) => [c.id] },
        (c) => reviewCommentObject(scope, pr, c),
      ),
    pullRequest: () => pullRequestObject(scope, pr),
    repository: () => (repository ? repositoryObject(scope, repository) : undefined),
    reactionGroups: [],
    onBehalfOf: (args: ConnectionArgs) => paginateList([], args, () => null),
  };
}

/** A review comment on a diff line. */
export function reviewCommentObject(scope: GraphqlScope, pr: GithubPullRequest, c: GithubReviewComment): GqlObject {
  const { github } = scope.world;
  const repository = github.repositories.get(pr.repo);
  const path = `/${pr.repo}/pull/${pr.number}#discussion_r${c.id}`;
  const review = github.reviews.byId(c.reviewId);
  const replyTo = c.inReplyToId === null ? undefined : github.reviewComments.byId(c.inReplyToId);
  return {
    __typename: 'PullRequestReviewComment',
    id: githubNodeId('PullRequestReviewComment', c.id),
    databaseId: intOrNull(c.id),
    fullDatabaseId: String(c.id),
    body: c.body,
    bodyText: c.body,
    bodyHTML: html(c.body),
    path: c.path,
    line: c.line,
    originalLine: c.line,
    position: c.commitSha === c.originalCommitSha ? c.line : null,
    originalPosition: c.line,
    startLine: null,
    originalStartLine: null,
    diffHunk: c.diffHunk,
    outdated: c.commitSha !== c.originalCommitSha,
    state: 'SUBMITTED',
    subjectType: 'LINE',
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    publishedAt: iso(c.createdAt),
    draftedAt: iso(c.createdAt),
    lastEditedAt: null,
    author: () => actorObject(scope, c.author),
    authorAssociation: authorAssociation(scope, pr.repo, c.author),
    editor: null,
    createdViaEmail: false,
    includesCreatedEdit: false,
    isMinimized: false,
    minimizedReason: null,
    url: `${scope.web}${path}`,
    resourcePath: path,
    commit: () => (repository ? commitObject(scope, repository, c.commitSha) : null),
    originalCommit: () => (repository ? commitObject(scope, repository, c.originalCommitSha) : null),
    replyTo: () => (replyTo ? reviewCommentObject(scope, pr, replyTo) : null),
    pullRequestReview: () => (review ? reviewObject(scope, pr, review) : null),
    pullRequest: () => pullRequestObject(scope, pr),
    repository: () => (repository ? repositoryObject(scope, repository) : undefined),
    reactionGroups: [],
  };
}

/** The users and teams asked to review `pr`. */
export function reviewRequestConnection(
  scope: GraphqlScope,
  pr: GithubPullRequest,
  args: ConnectionArgs,
): ConnectionObject {
  const { github } = scope.world;
  const owner = pr.repo.slice(0, pr.repo.indexOf('/'));
  const reviewers: GqlObject[] = [
    ...pr.requestedReviewers.flatMap((login) => {
      const user = github.users.get(login);
      return user ? [userObject(scope, user)] : [];
    }),
    ...pr.requestedTeams.flatMap((slug) => {
      const team = github.teams.get(`@${owner}/${slug}`);
      return team ? [teamObject(scope, team)] : [];
    }),
  ];
  return paginateList(reviewers, args, (reviewer) => ({
    __typename: 'ReviewRequest',
    id: compositeNodeId('ReviewRequest', pr.id, String(reviewer.id)),
    databaseId: null,
    asCodeOwner: false,
    requestedReviewer: reviewer,
    pullRequest: () => pullRequestObject(scope, pr),
  }));
}
