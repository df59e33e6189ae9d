import type { ErrorClassifier } from '@faros-ce/sdk';
import type { JiraRecord } from '../jira-context.js';
import { isFuture } from '../jql-date.js';
import { issueClause } from './issue-search.js';
import { jiraClassifier } from './jira-classifier.js';
import type { JiraClient } from './jira-client.js';
import { SHARED_SEARCH, type SharedIssuePages } from './shared-issue-pages.js';

/** One project to search from its own cursor. */
export interface ProjectCursor {
  readonly key: string;
  readonly id: string;
  /** Epoch ms: issues updated at or after it (undefined: all). */
  readonly sinceMs?: number;
}

/** What {@link searchProjectsAtOnce} asks. */
export interface ProjectsQuery {
  readonly projects: readonly ProjectCursor[];
  /** Fields to return; `project` is added (to tell the projects apart). */
  readonly fields: string;
  readonly expand?: string;
  readonly pageSize: number;
  readonly signal?: AbortSignal;
  /**
   * The run's answers shared by the issue streams: a group's answer is read from there when it
   * covers this query's cursors; the first query of a group searches with {@link SHARED_SEARCH}
   * (a superset of every issue stream's fields) and stores its answer for the streams that follow.
   */
  readonly shared?: SharedIssuePages;
}

// A 400 (a project gone since the list was read makes the JQL invalid): search one by one instead.
const queryRefused: ErrorClassifier = (outcome, context) =>
  outcome.kind === 'response' && outcome.response.status === 400
    ? { action: 'ignore' }
    : jiraClassifier(outcome, context);

// Projects per search: keeps the JQL (sent in the URL) short.
const PROJECTS_PER_SEARCH = 25;

/**
 * Incremental syncs: the issues of many projects, each from its own cursor, by one search per 25
 * projects: `(project = "A" AND updated >= "…") OR (project = "B" AND …) ORDER BY updated ASC`. Each
 * clause is the one a project's own search would send, so each project gets exactly the issues its
 * own search would give, in the same order. Only one page is read: when it holds every match, the
 * projects of that search are answered (a page at most in memory); when more pages would follow,
 * those projects are left out (undefined) and searched one by one as before, so a busy sync costs
 * one call more, a quiet one a call per search instead of one per project. With `shared`, the
 * issue streams of a run share these searches (see {@link SharedIssuePages}).
 */
export async function* searchProjectsAtOnce(
  client: JiraClient,
  query: ProjectsQuery,
): AsyncGenerator<readonly [ProjectCursor, readonly JiraRecord[] | undefined]> {
  for (let i = 0; i < query.projects.length; i += PROJECTS_PER_SEARCH) {
    const chunk = query.projects.slice(i, i + PROJECTS_PER_SEARCH);
    // A cursor in the future reads nothing: its project needs no clause.
    const wanted = chunk.filter((p) => !isFuture(p.sinceMs));
    const found = wanted.length > 0 ? await answer(client, query, wanted) : [];
    for (const project of chunk) {
      const issues = found?.filter((issue) => projectIdOf(issue) === project.id);
      yield [project, isFuture(project.sinceMs) ? [] : issues];
    }
  }
}

/**
 * A group's issues: from the run's shared answers when they cover it; else the first stream to
 * ask searches with {@link SHARED_SEARCH} and shares the answer; a later stream not covered, or
 * facing an answer that did not fit in one page, searches with its own (lighter) fields, as
 * without sharing, so a busy sync costs at most one call more than before.
 */
async function answer(
  client: JiraClient,
  query: ProjectsQuery,
  projects: readonly ProjectCursor[],
): Promise<readonly JiraRecord[] | undefined> {
  const { shared } = query;
  if (!shared) return onePage(client, query, projects);
  const stored = shared.lookup(projects);
  if (stored) return stored;
  if (!shared.has(projects)) {
    const issues = await onePage(client, { ...query, ...SHARED_SEARCH }, projects);
    shared.store(projects, issues);
    const ownSearch = query.fields === SHARED_SEARCH.fields && query.expand === SHARED_SEARCH.expand;
    if (issues || ownSearch) return issues;
  }
  return onePage(client, query, projects);
}

/** The issues of one search if its first page holds them all; undefined otherwise. */
async function onePage(
  client: JiraClient,
  query: ProjectsQuery,
  projects: readonly ProjectCursor[],
): Promise<JiraRecord[] | undefined> {
  const clauses: string[] = [];
  for (const project of projects) {
    clauses.push(`(${await issueClause(client, { project: project.key, sinceMs: project.sinceMs })})`);
  }
  const params = {
    jql: `${clauses.join(' OR ')} ORDER BY updated ASC`,
    fields: `${query.fields},project`,
    maxResults: query.pageSize,
    ...(query.expand ? { expand: query.expand } : {}),
  };
  const cloud = client.flavor === 'cloud';
  const response = await client.get<{ issues?: JiraRecord[]; nextPageToken?: string; total?: number }>(
    cloud ? '/search/jql' : '/search',
    { params, signal: query.signal, classify: queryRefused },
  );
  if (response.ignored) return undefined;
  const issues = response.data?.issues ?? [];
  const complete = cloud
    ? response.data?.nextPageToken === undefined
    : typeof response.data?.total === 'number' && issues.length >= response.data.total;
  return complete ? issues : undefined;
}

function projectIdOf(issue: JiraRecord): string | undefined {
  const project = (issue.fields as { project?: { id?: unknown } } | undefined)?.project;
  return project?.id === undefined ? undefined : String(project.id);
}
