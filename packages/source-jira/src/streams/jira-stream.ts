import { type ReadContext, type SliceContext, Stream, type StreamSlice } from '@faros-ce/sdk';
import { searchIssues } from '../client/issue-search.js';
import type { JiraClient } from '../client/jira-client.js';
import { searchProjectsAtOnce } from '../client/search-projects-at-once.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraContext, JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';

/** A slice per project: its key is the project key, so each project keeps its own cursor. */
export interface ProjectSlice extends StreamSlice {
  readonly key: string;
  readonly project: JiraRecord;
  /** The project's issues since its cursor, when one search of many projects already gave them all. */
  readonly found?: readonly JiraRecord[];
}

/** What a project stream's issue search asks for. */
export interface IssueSearchSpec {
  readonly fields: string;
  readonly expand?: string;
}

/** What every Jira stream has: the run's shared context. */
export abstract class JiraStream extends Stream<JiraConfig> {
  constructor(protected readonly jira: JiraContext) {
    super();
  }

  protected client(): Promise<JiraClient> {
    return this.jira.client();
  }
}

/**
 * An incremental stream whose cursor `updated` is a Jira time kept in epoch ms (the record keeps
 * Jira's string). A slice's search starts at its saved cursor, else at the configured start date.
 */
export abstract class TimeCursorStream extends JiraStream {
  override readonly cursorField: readonly string[] = ['updated'];

  override cursorValue(record: Record<string, unknown>): unknown {
    return jiraMs(record.updated);
  }

  override compareCursor(a: unknown, b: unknown): number {
    return (jiraMs(a) ?? 0) - (jiraMs(b) ?? 0);
  }

  /** The saved cursor (epoch ms) or the start date, whichever is later; undefined for all. */
  protected sinceMs(bookmark: unknown): number | undefined {
    const saved = jiraMs(bookmark);
    const start = this.jira.config.start_date ? jiraMs(this.jira.config.start_date) : undefined;
    if (saved === undefined) return start;
    return start === undefined ? saved : Math.max(saved, start);
  }

  /**
   * True when a record at `ms` was already emitted: the runtime never checkpoints a sorted stream
   * between records with equal cursors, so a saved cursor covers everything at or below it.
   * Records before the start date are not wanted either.
   */
  protected isOld(ms: number | undefined, bookmark: unknown): boolean {
    if (ms === undefined) return false;
    const saved = jiraMs(bookmark);
    if (saved !== undefined && ms <= saved) return true;
    const start = this.jira.config.start_date ? jiraMs(this.jira.config.start_date) : undefined;
    return start !== undefined && ms < start;
  }
}

/**
 * A {@link TimeCursorStream} read per project, each project with its own cursor. On an incremental
 * sync after the first, the projects are searched together (see {@link searchProjectsAtOnce}): a
 * quiet sync costs one search for all these streams (they share it when it covers their cursors),
 * not one per project and stream; projects whose issues do not fit in that search's one page are
 * searched on their own as before. State stays per project.
 */
export abstract class ProjectIncrementalStream extends TimeCursorStream {
  /** The fields and expansions of this stream's issue search. */
  protected abstract searchSpec(): Promise<IssueSearchSpec>;

  override async *slices(ctx: SliceContext<JiraConfig>): AsyncGenerator<ProjectSlice> {
    const projects = await this.jira.projects();
    const synced = ctx.syncMode === 'incremental' && projects.some((p) => ctx.savedCursor(String(p.key)) !== undefined);
    if (!synced) {
      for (const project of projects) yield { key: String(project.key), project };
      return;
    }
    const byKey = new Map(projects.map((p) => [String(p.key), p]));
    const spec = await this.searchSpec();
    const answers = searchProjectsAtOnce(await this.client(), {
      projects: projects.map((p) => ({
        key: String(p.key),
        id: String(p.id),
        sinceMs: this.sinceMs(ctx.savedCursor(String(p.key))),
      })),
      ...spec,
      pageSize: ctx.config.page_size,
      signal: ctx.signal,
      shared: this.jira.issuePages,
    });
    for await (const [cursor, found] of answers) {
      const project = byKey.get(cursor.key) as JiraRecord;
      yield found ? { key: cursor.key, project, found } : { key: cursor.key, project };
    }
  }

  /**
   * The slice's issues since its cursor, oldest update first: as found with other projects, else
   * searched. Each issue's `updated` is noted in the run's context (see {@link JiraContext.noteIssueUpdate}).
   */
  protected async issuesOf(ctx: ReadContext<JiraConfig, ProjectSlice>): Promise<AsyncIterable<JiraRecord>> {
    const issues =
      ctx.slice.found ??
      searchIssues(await this.client(), {
        project: ctx.slice.key,
        sinceMs: this.sinceMs(ctx.bookmark),
        ...(await this.searchSpec()),
        pageSize: ctx.config.page_size,
        signal: ctx.signal,
      });
    return noted(this.jira, issues);
  }
}

async function* noted(
  jira: JiraContext,
  issues: AsyncIterable<JiraRecord> | Iterable<JiraRecord>,
): AsyncGenerator<JiraRecord> {
  for await (const issue of issues) {
    jira.noteIssueUpdate(jiraMs(((issue.fields ?? {}) as JiraRecord).updated));
    yield issue;
  }
}
