import type { JiraRecord } from '../jira-context.js';
import { boardsSchema } from '../schemas/site-schemas.js';
import { JiraStream } from './jira-stream.js';

/** `boards`: agile boards of the configured projects, with Airbyte's `projectId`/`projectKey`. */
export class Boards extends JiraStream {
  readonly name = 'boards';
  readonly jsonSchema = boardsSchema;
  override readonly primaryKey = [['id']];

  async *read(): AsyncGenerator<JiraRecord> {
    for (const board of await this.jira.boards()) {
      const location = (board.location ?? {}) as JiraRecord;
      yield {
        ...board,
        projectId: location.projectId === undefined ? undefined : String(location.projectId),
        projectKey: location.projectKey,
      };
    }
  }
}
