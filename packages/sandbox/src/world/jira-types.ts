import type { EpochMs } from './world-clock.js';

// Jira entities of the world (one Jira site). Ids are strings as in Jira's platform API, except
// agile ids (boards, sprints), which are numbers. Users are referenced by accountId.

/** A Jira user. Key: `accountId`. `name`/`key` are what Jira Data Center identifies users by. */
export interface JiraUser {
  readonly accountId: string;
  readonly accountType: 'atlassian' | 'app';
  readonly name: string;
  readonly key: string;
  readonly displayName: string;
  /** Often hidden by privacy settings on Cloud: then null. */
  readonly emailAddress: string | null;
  readonly active: boolean;
  readonly timeZone: string;
  readonly locale: string;
}

/** A workflow status. Key: `id`. Category keys are Jira's: `new` (To Do), `indeterminate`, `done`. */
export interface JiraStatus {
  readonly id: string;
  readonly name: string;
  readonly categoryKey: 'new' | 'indeterminate' | 'done';
  /** Jira's status category id: 2 new, 4 indeterminate, 3 done. */
  readonly categoryId: number;
}

/** An issue type. Key: `id`. */
export interface JiraIssueType {
  readonly id: string;
  readonly name: 'Epic' | 'Story' | 'Task' | 'Bug' | 'Subtask';
  readonly subtask: boolean;
  /** 1 epic, 0 standard, -1 subtask. */
  readonly hierarchyLevel: number;
}

/** A priority or a resolution: an id and a name. Key: `id`. */
export interface JiraNamedValue {
  readonly id: string;
  readonly name: string;
}

/** A field, system or custom, as `GET /rest/api/3/field` lists it. Key: `id`. */
export interface JiraField {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly custom: boolean;
  readonly orderable: boolean;
  readonly navigable: boolean;
  readonly searchable: boolean;
  readonly clauseNames: readonly string[];
  readonly schema: {
    readonly type: string;
    readonly items?: string;
    readonly system?: string;
    readonly custom?: string;
    readonly customId?: number;
  } | null;
}

/** A project. Key: `key`. */
export interface JiraProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly leadAccountId: string;
  readonly projectTypeKey: 'software';
  /** Company-managed (`classic`) or team-managed (`next-gen`). */
  readonly style: 'classic' | 'next-gen';
  readonly createdAt: EpochMs;
}

/** An agile board. Key: the id as a string. Kanban boards have no sprints. */
export interface JiraBoard {
  readonly id: number;
  readonly name: string;
  readonly type: 'scrum' | 'kanban';
  readonly projectId: string;
}

/** A sprint of a scrum board. Key: the id as a string; group: the board id as a string. */
export interface JiraSprint {
  readonly id: number;
  readonly boardId: number;
  readonly name: string;
  readonly state: 'closed' | 'active' | 'future';
  readonly goal: string;
  readonly startDate: EpochMs | null;
  readonly endDate: EpochMs | null;
  readonly completeDate: EpochMs | null;
  readonly createdDate: EpochMs;
}

/** A project version (fix version). Key: `id`; group: the project id. */
export interface JiraVersion {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly released: boolean;
  readonly archived: boolean;
  readonly startDate: EpochMs | null;
  readonly releaseDate: EpochMs | null;
}

/**
 * One changed field within a changelog history, with Jira's own member names. For `status` the
 * ids are status ids; for `assignee` account ids; for `Key`/`project` the old and new values.
 */
export interface JiraChangeItem {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

/** A changelog history: one edit of an issue, with the fields it changed. */
export interface JiraChangelogEntry {
  /** Unique across the site, increasing with time. */
  readonly id: string;
  readonly author: string | null;
  readonly created: EpochMs;
  readonly items: readonly JiraChangeItem[];
}

/**
 * An issue. Key: `key` (e.g. `PROJ-123`); group: the project id; `byId` takes the id. When the
 * issue moves to another project its key changes and the old one goes to `previousKeys` (Jira
 * still resolves old keys); its id stays.
 */
export interface JiraIssue {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  /** Keys the issue had before moves, oldest first. */
  readonly previousKeys: readonly string[];
  readonly issueTypeId: string;
  readonly summary: string;
  /** Plain text; a simulator renders ADF (v3) or wiki markup (v2/Data Center) from it. */
  readonly description: string | null;
  readonly statusId: string;
  readonly priorityId: string;
  /** Set when the status is in the `done` category. */
  readonly resolutionId: string | null;
  readonly resolutionDate: EpochMs | null;
  readonly reporter: string | null;
  readonly creator: string | null;
  readonly assignee: string | null;
  readonly labels: readonly string[];
  readonly dueDate: EpochMs | null;
  /** Custom field `customfield_10016` (story point estimate). */
  readonly storyPoints: number | null;
  /** Custom field `customfield_10020` (sprint): ids of the sprints the issue was in, oldest first. */
  readonly sprintIds: readonly number[];
  /** Custom field `customfield_10014` (epic link): the epic's issue id, or null. */
  readonly epicId: string | null;
  /** Parent issue id of a subtask, or null. */
  readonly parentId: string | null;
  readonly fixVersionIds: readonly string[];
  readonly created: EpochMs;
  /** Time of the last change (the last changelog history, or creation). */
  readonly updated: EpochMs;
  /** Histories, oldest first; status changes replay from `To Do` to `statusId`. */
  readonly changelog: readonly JiraChangelogEntry[];
}
