import { type FarosRef, type FarosRow, ref, referenceRow } from '../../models/faros-row.js';
import { optionalString, type RecordObject } from '../record-fields.js';

/** The `source` value of every Jira row, exactly as the CE dashboards filter on it. */
export const JIRA_SOURCE = 'Jira';

/** Natural key of a Jira-sourced row whose key is `(source, uid)`. */
export function jiraKey(uid: string): { source: string; uid: string } {
  return { source: JIRA_SOURCE, uid };
}

/** Reference to the `tms_Task` of issue `key` (tasks are keyed by issue key, e.g. `PROJ-12`). */
export function taskRef(key: string): FarosRef {
  return ref('tms_Task', jiraKey(key));
}

/** Reference to the `tms_User` of a Jira user id (accountId on Cloud, name or key on Data Center). */
export function userRef(uid: string): FarosRef {
  return ref('tms_User', jiraKey(uid));
}

/** Reference to the `tms_Project` of project `key`. */
export function projectRef(key: string): FarosRef {
  return ref('tms_Project', jiraKey(key));
}

/** Reference to the `tms_TaskBoard` of board `id`. */
export function boardRef(id: string): FarosRef {
  return ref('tms_TaskBoard', jiraKey(id));
}

/** Reference to the `tms_Sprint` of sprint `id`. */
export function sprintRef(id: string): FarosRef {
  return ref('tms_Sprint', jiraKey(id));
}

/** Reference to the `tms_Release` of project version `id`. */
export function releaseRef(id: string): FarosRef {
  return ref('tms_Release', jiraKey(id));
}

/** Reference to the `tms_Epic` of epic issue `key`. */
export function epicRef(key: string): FarosRef {
  return ref('tms_Epic', jiraKey(key));
}

/** A key-only row of `model` keyed by `(source Jira, uid)`, for a stream that only points at it. */
export function jiraReferenceRow(model: string, uid: string): FarosRow {
  return referenceRow(model, jiraKey(uid));
}

/**
 * The id a Jira user object is known by: `accountId` on Cloud; Data Center users have none and
 * are identified by `name` (falling back to `key`). Undefined when the object carries none.
 */
export function jiraUserId(user: RecordObject): string | undefined {
  return optionalString(user, 'accountId') ?? optionalString(user, 'name') ?? optionalString(user, 'key');
}

/** Faros task status categories. */
export type TaskStatusCategory = 'Todo' | 'InProgress' | 'Done' | 'Custom';

/** Faros category of a Jira status category key (`new`, `indeterminate`, `done`; `undefined` is Jira's "No Category"). */
export function statusCategoryOfKey(key: string | undefined): TaskStatusCategory | undefined {
  switch (key?.toLowerCase()) {
    case 'new':
      return 'Todo';
    case 'indeterminate':
      return 'InProgress';
    case 'done':
      return 'Done';
    default:
      return undefined;
  }
}

// Jira's default workflow statuses, for changelog entries whose category nothing else tells.
const TODO_NAMES = new Set(['to do', 'todo', 'open', 'backlog', 'new', 'reopened', 'selected for development']);
const DONE_NAMES = new Set(['done', 'closed', 'resolved', 'released', "won't do", 'cancelled', 'canceled']);

/** Best guess of a status's Faros category from its name alone (default workflow names); else `InProgress`. */
export function statusCategoryOfName(name: string): TaskStatusCategory {
  const n = name.trim().toLowerCase();
  if (TODO_NAMES.has(n)) return 'Todo';
  if (DONE_NAMES.has(n)) return 'Done';
  return 'InProgress';
}

/** Faros task type `{category, detail}` of a Jira issue type name. */
export function taskType(name: string): { category: string; detail: string } {
  const n = name.trim().toLowerCase();
  if (n === 'bug') return { category: 'Bug', detail: name };
  if (n === 'story') return { category: 'Story', detail: name };
  if (n === 'task' || n === 'sub-task' || n === 'subtask') return { category: 'Task', detail: name };
  return { category: 'Custom', detail: name };
}

/** Cuts `text` to `max` characters when a limit is set (a positive integer); otherwise returns it whole. */
export function truncate(text: string, max: number | undefined): string {
  if (max === undefined || !Number.isInteger(max) || max <= 0 || text.length <= max) return text;
  return text.slice(0, max);
}
