import type { JiraContext, JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { isFuture } from '../jql-date.js';
import { type SprintCandidate, sprintIdsOf } from './changed-sprints.js';

/** What {@link changedInSharedSearch} needs. */
export interface SharedSprintQuery {
  readonly candidates: readonly SprintCandidate[];
  /** Id of the site's Sprint field. */
  readonly sprintField: string;
  /** True when a sprint's read would keep an issue updated at `updatedMs` (past the sprint's cursor). */
  readonly isNew: (sprintId: number, updatedMs: number | undefined) => boolean;
}

/**
 * The open sprints with an issue updated past their cursor, told without a request from the issue
 * searches the issue streams shared earlier in the run, when those cover every candidate: the run's
 * projects are every project the API user can see (the agile listing shows only issues the user
 * can see, so every issue of a sprint is in one of them), each project's search held its answer in
 * one page and asked from no later than any candidate's cursor, and every issue's Sprint field can
 * be read. Then an issue of a candidate updated past its cursor is among those issues, with the
 * sprint in its Sprint field, as for the `sprint = id` search it replaces. Undefined otherwise (the
 * caller searches). A project created after the projects were listed is not searched in this run
 * by any stream; its issues, in sprints too, come in the next one.
 */
export async function changedInSharedSearch(
  jira: JiraContext,
  query: SharedSprintQuery,
): Promise<Set<number> | undefined> {
  const cover = await sharedIssueCover(jira);
  if (!cover) return undefined;
  const wanted = query.candidates.filter((c) => !isFuture(c.sinceMs));
  for (const candidate of wanted) {
    const covered = cover.since === undefined || (candidate.sinceMs !== undefined && candidate.sinceMs >= cover.since);
    if (!covered) return undefined;
  }
  const ids = new Set(wanted.map((c) => c.sprintId));
  const changed = new Set<number>();
  for (const issue of cover.issues) {
    const fields = (issue.fields ?? {}) as JiraRecord;
    const sprints = sprintIdsOf(fields[query.sprintField] ?? []);
    if (!sprints) return undefined;
    const updated = jiraMs(fields.updated);
    for (const id of sprints) if (ids.has(id) && query.isNew(id, updated)) changed.add(id);
  }
  return changed;
}

/** Every issue the user can see updated at or after `since`, as of the searches that found them. */
export interface SharedIssueCover {
  /** Undefined: every issue. */
  readonly since: number | undefined;
  readonly issues: readonly JiraRecord[];
}

/**
 * What the issue streams' shared search of this run tells about every issue the API user can see:
 * given only when the run's projects are every project the user can see and each project's answer
 * was kept (one page). A project created after the projects were listed is left out; its issues
 * come in the next run, as for every stream.
 */
export async function sharedIssueCover(jira: JiraContext): Promise<SharedIssueCover | undefined> {
  if (!(await jira.everyVisibleProject())) return undefined;
  return jira.issuePages.covering((await jira.projects()).map((p) => String(p.id)));
}
