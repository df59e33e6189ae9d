import type { JsonSchema } from '@faros-ce/sdk';
import { record, S } from './schema-helpers.js';

/** `projects`. */
export const projectsSchema: JsonSchema = record({
  expand: S.string,
  self: S.string,
  id: { type: 'string' },
  key: { type: 'string' },
  name: S.string,
  description: S.string,
  lead: S.object,
  avatarUrls: S.object,
  projectCategory: S.object,
  projectTypeKey: S.string,
  simplified: S.boolean,
  style: S.string,
  isPrivate: S.boolean,
  uuid: S.string,
  archived: S.boolean,
  deleted: S.boolean,
});

/** `users`: Cloud users by `accountId`; Data Center users get their `key` as `accountId`. */
export const usersSchema: JsonSchema = record({
  self: S.string,
  accountId: { type: 'string' },
  accountType: S.string,
  key: S.string,
  name: S.string,
  emailAddress: S.string,
  avatarUrls: S.object,
  displayName: S.string,
  active: S.boolean,
  timeZone: S.string,
  locale: S.string,
});

/** `issue_fields`. */
export const issueFieldsSchema: JsonSchema = record({
  id: { type: 'string' },
  key: S.string,
  name: S.string,
  custom: S.boolean,
  orderable: S.boolean,
  navigable: S.boolean,
  searchable: S.boolean,
  clauseNames: S.array,
  schema: S.object,
  untranslatedName: S.string,
});

/** `issue_types`. */
export const issueTypesSchema: JsonSchema = record({
  self: S.string,
  id: { type: 'string' },
  name: S.string,
  description: S.string,
  iconUrl: S.string,
  subtask: S.boolean,
  avatarId: S.integer,
  hierarchyLevel: S.integer,
  entityId: S.string,
  scope: S.object,
  untranslatedName: S.string,
});

/** `issue_priorities`. */
export const issuePrioritiesSchema: JsonSchema = record({
  self: S.string,
  id: { type: 'string' },
  name: S.string,
  description: S.string,
  iconUrl: S.string,
  statusColor: S.string,
  isDefault: S.boolean,
});

/** `issue_resolutions`. */
export const issueResolutionsSchema: JsonSchema = record({
  self: S.string,
  id: { type: 'string' },
  name: S.string,
  description: S.string,
  isDefault: S.boolean,
});

/** `labels`: one record per label. */
export const labelsSchema: JsonSchema = record({ label: { type: 'string' } });

/** `boards`, with Airbyte's top-level `projectId` and `projectKey` from the board's location. */
export const boardsSchema: JsonSchema = record({
  id: { type: 'integer' },
  self: S.string,
  name: S.string,
  type: S.string,
  projectId: S.string,
  projectKey: S.string,
  location: S.object,
  isPrivate: S.boolean,
});

/** `sprints`, with the `boardId` they were read from. */
export const sprintsSchema: JsonSchema = record({
  id: { type: 'integer' },
  self: S.string,
  state: S.string,
  name: S.string,
  startDate: S.time,
  endDate: S.time,
  completeDate: S.time,
  createdDate: S.time,
  originBoardId: S.integer,
  boardId: { type: 'integer' },
  goal: S.string,
});

/** `project_versions`. */
export const projectVersionsSchema: JsonSchema = record({
  expand: S.string,
  self: S.string,
  id: { type: 'string' },
  name: S.string,
  description: S.string,
  archived: S.boolean,
  released: S.boolean,
  overdue: S.boolean,
  startDate: S.string,
  releaseDate: S.string,
  userStartDate: S.string,
  userReleaseDate: S.string,
  projectId: S.integer,
});
