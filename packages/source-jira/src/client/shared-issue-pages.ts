import type { JiraRecord } from '../jira-context.js';
import { isFuture } from '../jql-date.js';
import type { ProjectCursor } from './search-projects-at-once.js';

/**
 * The search every issue stream can read its issues from: every field (comments and worklogs
 * embedded, custom fields such as the Development summary included) and the changelog. It is the
 * `issues` stream's own search, and a superset of each child stream's.
 */
export const SHARED_SEARCH = { fields: '*all', expand: 'changelog,names' } as const;

interface StoredPage {
  /** Per project id, the `updated >=` bound the search used (undefined: no bound). */
  readonly sinces: ReadonlyMap<string, number | undefined>;
  /** Undefined: not kept (more than one page, or past the memory bound). */
  readonly issues: readonly JiraRecord[] | undefined;
}

/**
 * One run's answers of the all-projects search (one page per group of projects, see
 * `searchProjectsAtOnce`), shared by `issues` and the issue-child streams, so that an incremental
 * sync asks once instead of once per stream. The streams run one after another and each knows only
 * its own cursors, so the first one to ask searches from its cursors; a later stream reuses the
 * answer only where it covers its own: for every project it would search, the stored search asked
 * from the same or an earlier time. It then gets a superset of its own search's issues, and its
 * cursor filter drops the extra ones (as it drops the boundary minute's). Elsewhere it searches
 * itself, as before. Memory stays bounded: at most `maxIssues` issues are kept for the run; groups
 * past that are not stored.
 */
export class SharedIssuePages {
  private readonly pages = new Map<string, StoredPage>();
  private kept = 0;

  constructor(private readonly maxIssues: number) {}

  /** True when this group of projects was searched already (its answer kept or not). */
  has(group: readonly ProjectCursor[]): boolean {
    return this.pages.has(groupKey(group));
  }

  /**
   * The stored issues of a group if its search held them all in one page and covers each
   * project's cursor (projects whose cursor is in the future search nothing and need no cover);
   * undefined otherwise.
   */
  lookup(group: readonly ProjectCursor[]): readonly JiraRecord[] | undefined {
    const page = this.pages.get(groupKey(group));
    if (!page?.issues) return undefined;
    for (const project of group) {
      if (isFuture(project.sinceMs)) continue;
      if (!page.sinces.has(project.id)) return undefined;
      const since = page.sinces.get(project.id);
      if (since !== undefined && (project.sinceMs === undefined || since > project.sinceMs)) return undefined;
    }
    return page.issues;
  }

  /**
   * Every issue kept for these projects, when each project's search was answered in one page and
   * kept, with `since`: the latest `updated >=` bound among those searches (undefined when none had
   * one). Then every issue of these projects updated at or after `since` is among `issues`, as of
   * the searches. Undefined when a project's answer is missing.
   */
  covering(
    projectIds: readonly string[],
  ): { readonly since: number | undefined; readonly issues: JiraRecord[] } | undefined {
    const used = new Set<StoredPage>();
    let since: number | undefined;
    for (const id of projectIds) {
      const page = [...this.pages.values()].find((p) => p.issues && p.sinces.has(id));
      if (!page) return undefined;
      used.add(page);
      const bound = page.sinces.get(id);
      if (bound !== undefined && (since === undefined || bound > since)) since = bound;
    }
    return { since, issues: [...used].flatMap((p) => p.issues ?? []) };
  }

  /**
   * Keeps a group's answer for the streams that follow. Past `maxIssues`, or when the answer did
   * not fit in one page, only the fact that the group was searched is kept (see {@link has}).
   */
  store(group: readonly ProjectCursor[], issues: readonly JiraRecord[] | undefined): void {
    const key = groupKey(group);
    if (this.pages.has(key)) return;
    const kept = issues && this.kept + issues.length <= this.maxIssues ? issues : undefined;
    this.kept += kept?.length ?? 0;
    const sinces = new Map<string, number | undefined>();
    for (const project of group) if (!isFuture(project.sinceMs)) sinces.set(project.id, project.sinceMs);
    this.pages.set(key, { sinces, issues: kept });
  }
}

function groupKey(group: readonly ProjectCursor[]): string {
  return group.map((p) => p.id).join(',');
}
