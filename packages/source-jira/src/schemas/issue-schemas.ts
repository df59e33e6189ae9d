import type { JsonSchema } from '@faros-ce/sdk';
import { record, S } from './schema-helpers.js';

const changelogHistory = {
  type: 'object',
  properties: { id: S.string, author: S.object, created: S.time, items: S.array },
} satisfies JsonSchema;

/** `issues`: Jira's issue plus Airbyte's top-level `projectId`, `projectKey`, `created`, `updated`. */
export const issuesSchema: JsonSchema = record({
  expand: S.string,
  id: { type: 'string' },
  self: S.string,
  key: { type: 'string' },
  fields: { type: 'object', additionalProperties: true },
  names: S.object,
  renderedFields: S.object,
  changelog: {
    type: ['null', 'object'],
    properties: {
      startAt: S.integer,
      maxResults: S.integer,
      total: S.integer,
      histories: { type: 'array', items: changelogHistory },
    },
  },
  projectId: S.string,
  projectKey: S.string,
  created: S.time,
  updated: S.time,
});

/** `issue_comments`: a comment plus the `issueId` it belongs to. */
export const issueCommentsSchema: JsonSchema = record({
  self: S.string,
  id: { type: 'string' },
  issueId: S.string,
  author: S.object,
  updateAuthor: S.object,
  // ADF on Cloud, wiki markup on Data Center.
  body: { type: ['null', 'object', 'string'] },
  created: S.time,
  updated: S.time,
  jsdPublic: S.boolean,
});

/** `issue_worklogs`: a worklog plus its `issueId` (Jira sends it too). */
export const issueWorklogsSchema: JsonSchema = record({
  self: S.string,
  id: { type: 'string' },
  issueId: S.string,
  author: S.object,
  updateAuthor: S.object,
  comment: { type: ['null', 'object', 'string'] },
  created: S.time,
  updated: S.time,
  started: S.time,
  timeSpent: S.string,
  timeSpentSeconds: S.integer,
});

/** `issue_changelogs`: one history of an issue, with `issueId` and `updated` (its creation time). */
export const issueChangelogsSchema: JsonSchema = record({
  id: { type: 'string' },
  issueId: { type: 'string' },
  author: S.object,
  created: S.time,
  updated: S.time,
  items: {
    type: ['null', 'array'],
    items: {
      type: 'object',
      properties: {
        field: S.string,
        fieldtype: S.string,
        fieldId: S.string,
        from: S.string,
        fromString: S.string,
        to: S.string,
        toString: S.string,
      },
    },
  },
});

const linkedPullRequest = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: S.string,
    name: S.string,
    url: S.string,
    status: S.string,
    repositoryName: S.string,
    repositoryUrl: S.string,
    source: S.object,
    destination: S.object,
    lastUpdate: S.time,
  },
} satisfies JsonSchema;

/** `issue_pull_requests`: the pull requests dev-status links to one issue (ours; see the README). */
export const issuePullRequestsSchema: JsonSchema = record({
  issueId: { type: 'string' },
  issueKey: { type: 'string' },
  updated: S.time,
  pullRequests: { type: 'array', items: linkedPullRequest },
});

/** `board_issues`: an agile issue (few fields) plus its `boardId`, `created`, `updated`. */
export const boardIssuesSchema: JsonSchema = record({
  expand: S.string,
  id: { type: 'string' },
  self: S.string,
  key: { type: 'string' },
  fields: S.object,
  boardId: { type: 'integer' },
  created: S.time,
  updated: S.time,
});

/** `sprint_issues`: an agile issue of a sprint, `id` being `<sprintId>-<issueId>`. */
export const sprintIssuesSchema: JsonSchema = record({
  expand: S.string,
  id: { type: 'string' },
  self: S.string,
  key: { type: 'string' },
  fields: S.object,
  issueId: { type: 'string' },
  sprintId: { type: 'integer' },
  created: S.time,
  updated: S.time,
});
