import type { ReadContext, StreamSlice } from '@faros-ce/sdk';
import type { JiraConfig } from '../generated/config.js';
import type { JiraRecord } from '../jira-context.js';
import { sprintsSchema } from '../schemas/site-schemas.js';
import { JiraStream } from './jira-stream.js';

/** A slice per board. */
export interface BoardSlice extends StreamSlice {
  readonly key: string;
  readonly boardId: number;
}

/** `sprints`: per scrum board, every sprint, with the `boardId` it was read from. */
export class Sprints extends JiraStream {
  readonly name = 'sprints';
  readonly jsonSchema = sprintsSchema;
  override readonly primaryKey = [['id']];

  override async *slices(): AsyncGenerator<BoardSlice> {
    for (const board of await this.jira.boards()) {
      if (board.type !== 'kanban') yield { key: String(board.id), boardId: Number(board.id) };
    }
  }

  async *read(ctx: ReadContext<JiraConfig, BoardSlice>): AsyncGenerator<JiraRecord> {
    for (const sprint of await this.jira.sprintsOfBoard(ctx.slice.boardId))
      yield { ...sprint, boardId: ctx.slice.boardId };
  }
}
