import { githubNodeId } from '../../../world/index.js';
import type { IssueComment } from '../../rest/derived-activity.js';
import { type ConnectionArgs, type ConnectionObject, paginate } from '../connection.js';
import { actorObject } from './account-object.js';
import { authorAssociation, type GqlObject, type GraphqlScope, html, intOrNull, iso } from './graphql-scope.js';

/** The comments of an issue or pull request (derived by the REST simulator from the world's count), oldest first. */
export function commentConnection(
  scope: GraphqlScope,
  comments: readonly IssueComment[],
  args: ConnectionArgs,
): ConnectionObject {
  return paginate(comments, args, { key: (c) => [c.id] }, (c) => commentObject(scope, c));
}

function commentObject(scope: GraphqlScope, comment: IssueComment): GqlObject {
  const path = `/${comment.repo}/issues/${comment.number}#issuecomment-${comment.id}`;
  return {
    __typename: 'IssueComment',
    id: githubNodeId('IssueComment', comment.id),
    databaseId: intOrNull(comment.id),
    fullDatabaseId: String(comment.id),
    body: comment.body,
    bodyText: comment.body,
    bodyHTML: html(comment.body),
    author: () => actorObject(scope, comment.author),
    authorAssociation: authorAssociation(scope, comment.repo, comment.author),
    createdAt: iso(comment.createdAt),
    updatedAt: iso(comment.createdAt),
    publishedAt: iso(comment.createdAt),
    lastEditedAt: null,
    createdViaEmail: false,
    includesCreatedEdit: false,
    isMinimized: false,
    minimizedReason: null,
    url: `${scope.web}${path}`,
    resourcePath: path,
    reactionGroups: [],
  };
}
