import type { ReadContext, SliceContext } from '@faros-ce/sdk';
import { agileIssues } from '../client/agile-issues.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { boardIssuesSchema } from '../schemas/issue-schemas.js';
import { TimeCursorStream } from './jira-stream.js';
import type { BoardSlice } from './sprints.js';

/**
 * `board_issues`: per board, its issues updated since the board's cursor (`updated`, epoch ms).
 * The agile API orders by rank, not by update, so a board's cursor moves when the board is done.
 */
export class BoardIssues extends TimeCursorStream {
  readonly name = 'board_issues';
  readonly jsonSchema = boardIssuesSchema;
  override readonly primaryKey = [['id']];

  override async *slices(_ctx: SliceContext<JiraConfig>): AsyncGenerator<BoardSlice> {
    for (const board of await this.jira.boards()) yield { key: String(board.id), boardId: Number(board.id) };
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
    for await (const issue of issues) {
      const fields = (issue.fields ?? {}) as JiraRecord;
      if (this.isOld(jiraMs(fields.updated), ctx.bookmark)) continue;
      yield { ...issue, boardId: ctx.slice.boardId, created: fields.created, updated: fields.updated };
    }
  }
}
