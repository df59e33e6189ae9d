import { searchJql } from '../client/issue-search.js';
import type { JiraClient } from '../client/jira-client.js';
import type { JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { isFuture, jqlDate } from '../jql-date.js';

/** An open sprint that `sprint_issues` would read from `sinceMs` (undefined: from the start). */
export interface SprintCandidate {
  readonly sprintId: number;
  readonly sinceMs?: number;
}

/** What {@link changedSprints} needs. */
export interface ChangedSprintsQuery {
  readonly candidates: readonly SprintCandidate[];
  /** Id of the site's Sprint field (type `com.pyxis.greenhopper.jira:gh-sprint`). */
  readonly sprintField: string;
  /** True when a sprint's read would keep an issue updated at `updatedMs` (it is past the sprint's cursor). */
  readonly isNew: (sprintId: number, updatedMs: number | undefined) => boolean;
  readonly pageSize: number;
  readonly signal?: AbortSignal;
}

// Sprints per search: keeps the JQL (sent in the URL) short.
const SPRINTS_PER_SEARCH = 50;

/**
 * The sprints among the candidates that have an issue updated since their own cursor, found with
 * one issue search (`(sprint = 1 AND updated >= "…") OR (sprint = 2 …)`) instead of one agile call per
 * sprint. The agile listing `/sprint/{id}/issue?jql=updated >= "…"` lists the issues whose Sprint
 * field holds the sprint, which JQL's `sprint = id` matches too, with the same `updated` filter; so a
 * sprint left out here would have given no record. Sprints whose cursor is in the future are left
 * out (their read asks nothing either).
 */
export async function changedSprints(client: JiraClient, query: ChangedSprintsQuery): Promise<Set<number>> {
  const changed = new Set<number>();
  const zone = await client.timeZone();
  const wanted = query.candidates.filter((c) => !isFuture(c.sinceMs));
  const ids = new Set(wanted.map((c) => c.sprintId));
  for (let i = 0; i < wanted.length; i += SPRINTS_PER_SEARCH) {
    const chunk = wanted.slice(i, i + SPRINTS_PER_SEARCH);
    const clauses = chunk.map((c) =>
      c.sinceMs === undefined
        ? `sprint = ${c.sprintId}`
        : `(sprint = ${c.sprintId} AND updated >= "${jqlDate(c.sinceMs, zone)}")`,
    );
    const issues = searchJql(client, {
      jql: clauses.join(' OR '),
      fields: `updated,${query.sprintField}`,
      pageSize: query.pageSize,
      signal: query.signal,
    });
    for await (const issue of issues) {
      const fields = (issue.fields ?? {}) as JiraRecord;
      const updated = jiraMs(fields.updated);
      // A value we cannot read: the issue is in one of this search's sprints, so each may have changed.
      const found = sprintIdsOf(fields[query.sprintField]) ?? chunk.map((c) => c.sprintId);
      for (const id of found) if (ids.has(id) && query.isNew(id, updated)) changed.add(id);
    }
  }
  return changed;
}

/**
 * Sprint ids in a Sprint field value (undefined when it cannot be read): Cloud (and recent Data Center) send objects with `id`; older
 * Data Center sends strings `com.atlassian.greenhopper.service.sprint.Sprint@…[id=12,rapidViewId=…]`.
 */
export function sprintIdsOf(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = value.flatMap((sprint) => {
    if (sprint !== null && typeof sprint === 'object' && 'id' in sprint) {
      const id = Number((sprint as { id: unknown }).id);
      return Number.isFinite(id) ? [id] : [];
    }
    const match = typeof sprint === 'string' ? /\[id=(\d+),/.exec(sprint) : null;
    return match ? [Number(match[1])] : [];
  });
  return ids.length === value.length ? ids : undefined;
}
