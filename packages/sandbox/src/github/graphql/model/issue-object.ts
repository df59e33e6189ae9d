import { type GithubIssue, type GithubRepository, githubNodeId } from '../../../world/index.js';
import { commentsOf } from '../../rest/derived-activity.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList } from '../connection.js';
import { actorObject, userObject } from './account-object.js';
import { commentConnection } from './comment-object.js';
import {
  authorAssociation,
  type GqlObject,
  type GraphqlScope,
  html,
  intOrNull,
  iso,
  isoOrNull,
} from './graphql-scope.js';
import { type IssueOrderArgs, pageInIssueOrder } from './issue-order.js';
import { milestoneObject, namedLabelConnection } from './label-object.js';
import { repositoryObject } from './repository-object.js';

/** Arguments of `Repository.issues`. */
export interface IssueListArgs extends IssueOrderArgs {
  readonly states?: readonly string[] | null;
  readonly labels?: readonly string[] | null;
  readonly filterBy?: { readonly since?: string | null; readonly states?: readonly string[] | null } | null;
}

/** A repository's issues (not pull requests), filtered and ordered as asked; number order by default. */
export function issueConnection(scope: GraphqlScope, repo: GithubRepository, args: IssueListArgs): ConnectionObject {
  const states = args.states ?? args.filterBy?.states ?? null;
  const since = args.filterBy?.since ? Date.parse(args.filterBy.since) : null;
  const issues = scope.world.github.issues
    .group(repo.fullName)
    .filter(
      (i) =>
        (!states || states.includes(i.state.toUpperCase())) &&
        (!args.labels || args.labels.some((l) => i.labels.includes(l))) &&
        (since === null || i.updatedAt >= since),
    );
  return pageInIssueOrder(issues, args, (i) => issueObject(scope, i));
}

/** An issue. */
export function issueObject(scope: GraphqlScope, issue: GithubIssue): GqlObject {
  const { github } = scope.world;
  const repository = github.repositories.get(issue.repo);
  const path = `/${issue.repo}/issues/${issue.number}`;
  return {
    __typename: 'Issue',
    id: githubNodeId('Issue', issue.id),
    databaseId: intOrNull(issue.id),
    fullDatabaseId: String(issue.id),
    number: issue.number,
    title: issue.title,
    titleHTML: html(issue.title),
    body: issue.body ?? '',
    bodyText: issue.body ?? '',
    bodyHTML: html(issue.body),
    state: issue.state.toUpperCase(),
    stateReason: issue.stateReason?.toUpperCase() ?? null,
    closed: issue.state === 'closed',
    closedAt: isoOrNull(issue.closedAt),
    createdAt: iso(issue.createdAt),
    updatedAt: iso(issue.updatedAt),
    publishedAt: iso(issue.createdAt),
    lastEditedAt: null,
    locked: issue.locked,
    activeLockReason: null,
    author: () => actorObject(scope, issue.author),
    authorAssociation: authorAssociation(scope, issue.repo, issue.author),
    editor: null,
    createdViaEmail: false,
    includesCreatedEdit: false,
    url: `${scope.web}${path}`,
    resourcePath: path,
    labels: (args: ConnectionArgs) => namedLabelConnection(scope, issue.repo, issue.labels, args),
    assignees: (args: ConnectionArgs) =>
      paginateList(
        issue.assignees.flatMap((l) => github.users.get(l) ?? []),
        args,
        (u) => userObject(scope, u),
      ),
    milestone: () => {
      const m =
        issue.milestone === null ? undefined : github.milestones.get(`${issue.repo}/milestones/${issue.milestone}`);
      return m ? milestoneObject(scope, m) : null;
    },
    comments: (args: ConnectionArgs) => commentConnection(scope, commentsOf(scope.world, issue), args),
    repository: () => (repository ? repositoryObject(scope, repository) : undefined),
    reactionGroups: [],
    reactions: (args: ConnectionArgs) => paginate([], args, { key: () => [] }, () => null),
  };
}
