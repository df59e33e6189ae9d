import { type SliceContext, Stream, type StreamSlice } from '@faros-ce/sdk';
import type { JiraClient } from '../client/jira-client.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraContext, JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';

/** A slice per project: its key is the project key, so each project keeps its own cursor. */
export interface ProjectSlice extends StreamSlice {
  readonly key: string;
  readonly project: JiraRecord;
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

/** A {@link TimeCursorStream} read per project, each project with its own cursor. */
export abstract class ProjectIncrementalStream extends TimeCursorStream {
  override async *slices(_ctx: SliceContext<JiraConfig>): AsyncGenerator<ProjectSlice> {
    for (const project of await this.jira.projects()) yield { key: String(project.key), project };
  }
}
