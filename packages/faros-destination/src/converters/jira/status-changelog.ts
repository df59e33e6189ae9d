import type { JsonValue } from '../../models/faros-row.js';
import { statusCategoryOfName } from './jira-keys.js';
import { jiraEpochMs } from './jira-time.js';
import type { RecordReader } from './record-reader.js';

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
 * Faros category of a status id when known; unknown ones are guessed from the status name.
 */
export function issueHistory(options: {
  readonly changelog: RecordReader;
  readonly createdMs: number;
  readonly current: TaskStatus & { readonly id: string | undefined };
  readonly assigneeId: string | undefined;
  readonly categoryOf: (statusId: string) => string | undefined;
}): IssueHistory {
  const { changelog, createdMs, current, assigneeId, categoryOf } = options;
  const status: Change[] = [];
  const assignee: Change[] = [];
  changelog.objects('histories').forEach((history, order) => {
    const created = history.optString('created');
    if (created === undefined) return;
    const at = jiraEpochMs(created, history.at('created'));
    for (const item of history.objects('items')) {
      const field = item.optString('fieldId') ?? item.optString('field');
      const change: Change = {
        at,
        order,
        from: item.optString('from'),
        fromString: item.optString('fromString'),
        to: item.optString('tmpToAccountId') ?? item.optString('to'),
        toString: item.optString('toString'),
      };
      if (field === 'status') status.push(change);
      else if (field === 'assignee') assignee.push(change);
    }
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
