import type { ReadContext, SliceContext } from '@faros-ce/sdk';
import { agileIssues } from '../client/agile-issues.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { boardIssuesSchema } from '../schemas/issue-schemas.js';
import { type SharedIssueCover, sharedIssueCover } from './changed-in-shared-search.js';
import { TimeCursorStream } from './jira-stream.js';
import type { BoardSlice } from './sprints.js';

/**
 * `board_issues`: per board, its issues updated since the board's cursor (`updated`, epoch ms).
 * The agile API orders by rank, not by update, so a board's cursor moves when the board is done.
 * On an incremental sync, a board is not read when the issue streams' shared search shows that no
 * issue the user can see was updated past its cursor (the agile listing shows only such issues);
 * see {@link sharedIssueCover}.
 */
export class BoardIssues extends TimeCursorStream {
  readonly name = 'board_issues';
  readonly jsonSchema = boardIssuesSchema;
  override readonly primaryKey = [['id']];

  override async *slices(ctx: SliceContext<JiraConfig>): AsyncGenerator<BoardSlice> {
    const boards = await this.jira.boards();
    const synced = ctx.syncMode === 'incremental' && boards.some((b) => ctx.savedCursor(String(b.id)) !== undefined);
    const cover = synced ? await sharedIssueCover(this.jira) : undefined;
    for (const board of boards) {
      const key = String(board.id);
      if (cover && this.unchangedSince(ctx.savedCursor(key), cover)) continue;
      yield { key, boardId: Number(board.id) };
    }
  }

  /**
   * True when no issue can have changed on a board with this cursor: the cover holds every issue
   * updated since a time at or before the cursor, and none of them is past it.
   */
  private unchangedSince(bookmark: unknown, cover: SharedIssueCover): boolean {
    const since = this.sinceMs(bookmark);
    if (since === undefined || (cover.since !== undefined && since < cover.since)) return false;
    return cover.issues.every((issue) => this.isOld(jiraMs(((issue.fields ?? {}) as JiraRecord).updated), bookmark));
  }

  async *read(ctx: ReadContext<JiraConfig, BoardSlice>): AsyncGenerator<JiraRecord> {
    const client = await this.client();
    const issues = agileIssues(client, {
      url: `/rest/agile/1.0/board/${ctx.slice.boardId}/issue`,
      sinceMs: this.sinceMs(ctx.bookmark),
      fields: 'key,created,updated',
      pageSize: ctx.config.page_size,
      signal: ctx.signal,
    });
    // Read before this listing: every issue of the board updated up to it is listed now.
    const seenUpTo = this.jira.latestIssueUpdate();
    let listed = 0;
    let highest = jiraMs(ctx.bookmark) ?? 0;
    for await (const issue of issues) {
      listed++;
      const fields = (issue.fields ?? {}) as JiraRecord;
      const updated = jiraMs(fields.updated);
      if (this.isOld(updated, ctx.bookmark)) continue;
      if (updated !== undefined && updated > highest) highest = updated;
      yield { ...issue, boardId: ctx.slice.boardId, created: fields.created, updated: fields.updated };
    }
    // The cursor says how far the board was read, so that it keeps up with the projects' cursors and
    // the next sync can tell from the shared search that nothing changed. Only from a listing of one
    // page (fewer issues than the agile API's default page of 50, and than asked): across pages, an
    // issue leaving the board meanwhile moves the rest up and one may be passed over.
    if (seenUpTo !== undefined && listed < Math.min(ctx.config.page_size, 50))
      ctx.setCursor(Math.max(highest, seenUpTo));
  }
}
