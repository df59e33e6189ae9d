import type { JsonValue } from '../../models/faros-row.js';
import { optionalString, type RecordObject, withinObjects } from '../record-fields.js';
import { statusCategoryOfName } from './jira-keys.js';
import { jiraEpochMs } from './jira-time.js';

/** A Faros `{category, detail}` status. */
export interface TaskStatus {
  readonly category: string;
  readonly detail: string;
}

/** One entry of `tms_Task.statusChangelog`, as the CE Tasks dashboard reads it. */
export interface StatusChange {
  readonly status: TaskStatus;
  /** Epoch milliseconds. */
  readonly changedAt: number;
}

/** What an issue's expanded changelog says about its status and assignee history. */
export interface IssueHistory {
  /** Every status the issue had, oldest first, starting with the one it was created in. */
  readonly statusChangelog: StatusChange[];
  /** When the status last changed (creation time when it never did). */
  readonly statusChangedAt: number;
  /** When the current assignee was last given the issue, if the changelog shows it. */
  readonly assignedAt: number | undefined;
}

/** One changed field of one history, with the history's time. */
interface Change {
  readonly at: number;
  readonly order: number;
  readonly from: string | undefined;
  readonly fromString: string | undefined;
  readonly to: string | undefined;
  readonly toString: string | undefined;
}

/**
 * Computes the status changelog from the issue's own `changelog.histories`, so the same record
 * always gives the same value (never appended to what the database holds). `categoryOf` gives the
 * Faros category of a status id when known; unknown ones are guessed from the status name. Errors
 * name fields below `changelog` (the caller runs this `within` the changelog's path).
 */
export function issueHistory(options: {
  readonly changelog: RecordObject;
  readonly createdMs: number;
  readonly current: TaskStatus & { readonly id: string | undefined };
  readonly assigneeId: string | undefined;
  readonly categoryOf: (statusId: string) => string | undefined;
}): IssueHistory {
  const { changelog, createdMs, current, assigneeId, categoryOf } = options;
  const status: Change[] = [];
  const assignee: Change[] = [];
  withinObjects(changelog, 'histories', (history, order) => {
    const created = optionalString(history, 'created');
    if (created === undefined) return;
    const at = jiraEpochMs(created, 'created');
    withinObjects(history, 'items', (item) => {
      const field = optionalString(item, 'fieldId') ?? optionalString(item, 'field');
      const change: Change = {
        at,
        order,
        from: optionalString(item, 'from'),
        fromString: optionalString(item, 'fromString'),
        to: optionalString(item, 'tmpToAccountId') ?? optionalString(item, 'to'),
        toString: optionalString(item, 'toString'),
      };
      if (field === 'status') status.push(change);
      else if (field === 'assignee') assignee.push(change);
    });
  });
  // Jira lists histories newest first in some answers and oldest first in others.
  const byTime = (a: Change, b: Change): number => a.at - b.at || a.order - b.order;
  status.sort(byTime);
  assignee.sort(byTime);

  const named = (id: string | undefined, name: string | undefined): TaskStatus => {
    if (id !== undefined && id === current.id) return { category: current.category, detail: current.detail };
    const detail = name ?? id ?? 'Unknown';
    const known = id === undefined ? undefined : categoryOf(id);
    return { category: known ?? statusCategoryOfName(detail), detail };
  };
  const first = status[0];
  const initial = first === undefined ? { ...current } : named(first.from, first.fromString);
  const statusChangelog: StatusChange[] = [
    { status: { category: initial.category, detail: initial.detail }, changedAt: createdMs },
  ];
  for (const change of status) {
    statusChangelog.push({ status: named(change.to, change.toString), changedAt: change.at });
  }
  const lastStatus = status.at(-1);
  const lastAssignment = assigneeId === undefined ? undefined : assignee.filter((c) => c.to === assigneeId).at(-1);
  return {
    statusChangelog,
    statusChangedAt: lastStatus?.at ?? createdMs,
    assignedAt: lastAssignment?.at,
  };
}

/** The changelog as the `jsonb` column holds it. */
export function changelogJson(changes: readonly StatusChange[]): JsonValue {
  return changes.map((c) => ({
    status: { category: c.status.category, detail: c.status.detail },
    changedAt: c.changedAt,
  }));
}
