import type { JiraRecord } from '../jira-context.js';
import { projectsSchema } from '../schemas/site-schemas.js';
import { JiraStream } from './jira-stream.js';

/** `projects`: the configured projects (every visible one when none are configured). */
export class Projects extends JiraStream {
  readonly name = 'projects';
  readonly jsonSchema = projectsSchema;
  override readonly primaryKey = [['id']];

  async *read(): AsyncGenerator<JiraRecord> {
    yield* await this.jira.projects();
  }
}
