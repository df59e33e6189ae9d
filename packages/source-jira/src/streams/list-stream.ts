import type { HttpRequest, JsonSchema } from '@faros-ce/sdk';
import type { JiraClient } from '../client/jira-client.js';
import { type JiraPaging, jiraItems } from '../client/jira-pages.js';
import type { JiraContext, JiraRecord } from '../jira-context.js';
import { JiraStream } from './jira-stream.js';

/** Where a full-refresh list lives on one flavor. */
export interface ListEndpoint {
  readonly request: (client: JiraClient) => HttpRequest;
  readonly paging: JiraPaging;
}

/** A full-refresh stream over one list endpoint (the site's fields, types, priorities...). */
export interface ListStreamDefinition {
  readonly name: string;
  readonly jsonSchema: JsonSchema;
  readonly primaryKey: readonly (readonly string[])[];
  readonly cloud: ListEndpoint;
  /** Absent: the stream is Cloud only. */
  readonly dataCenter?: ListEndpoint;
  /** Items the run's context already asks for other streams: read from there, not again (one call per run). */
  readonly shared?: (jira: JiraContext) => Promise<readonly unknown[]>;
  /** Reshapes an item into a record (default: as is). */
  readonly toRecord?: (item: unknown, client: JiraClient) => JiraRecord;
}

/** A stream made from a {@link ListStreamDefinition}. */
export class ListStream extends JiraStream {
  readonly name: string;
  readonly jsonSchema: JsonSchema;
  override readonly primaryKey: readonly (readonly string[])[];

  constructor(
    jira: JiraContext,
    private readonly definition: ListStreamDefinition,
  ) {
    super(jira);
    this.name = definition.name;
    this.jsonSchema = definition.jsonSchema;
    this.primaryKey = definition.primaryKey;
  }

  async *read(): AsyncGenerator<JiraRecord> {
    const client = await this.client();
    const endpoint = client.flavor === 'cloud' ? this.definition.cloud : this.definition.dataCenter;
    if (!endpoint) return;
    const toRecord = this.definition.toRecord ?? ((item: unknown) => item as JiraRecord);
    if (this.definition.shared) {
      for (const item of await this.definition.shared(this.jira)) yield toRecord(item, client);
      return;
    }
    const items = jiraItems<unknown>(client, endpoint.request(client), endpoint.paging, this.jira.config.page_size);
    for await (const item of items) yield toRecord(item, client);
  }
}
