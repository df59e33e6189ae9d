import type { ReadContext } from '@faros-ce/sdk';
import { notFoundIgnored } from '../client/jira-classifier.js';
import { jiraItems } from '../client/jira-pages.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraRecord } from '../jira-context.js';
import { projectVersionsSchema } from '../schemas/site-schemas.js';
import { JiraStream, type ProjectSlice } from './jira-stream.js';

/** `project_versions`: per project, Cloud's paged `/project/{key}/version`, Data Center's `/versions`. */
export class ProjectVersions extends JiraStream {
  readonly name = 'project_versions';
  readonly jsonSchema = projectVersionsSchema;
  override readonly primaryKey = [['id']];

  override async *slices(): AsyncGenerator<ProjectSlice> {
    for (const project of await this.jira.projects()) yield { key: String(project.key), project };
  }

  async *read(ctx: ReadContext<JiraConfig, ProjectSlice>): AsyncGenerator<JiraRecord> {
    const client = await this.client();
    const key = encodeURIComponent(ctx.slice.key);
    const request =
      client.flavor === 'cloud'
        ? { url: `${client.api}/project/${key}/version`, signal: ctx.signal, classify: notFoundIgnored }
        : { url: `${client.api}/project/${key}/versions`, signal: ctx.signal, classify: notFoundIgnored };
    const paging = client.flavor === 'cloud' ? ({ kind: 'values' } as const) : ({ kind: 'single' } as const);
    yield* jiraItems(client, request, paging, ctx.config.page_size);
  }
}
