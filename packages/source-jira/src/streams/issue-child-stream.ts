import type { ReadContext } from '@faros-ce/sdk';
import type { JiraClient } from '../client/jira-client.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { type IssueSearchSpec, ProjectIncrementalStream, type ProjectSlice } from './jira-stream.js';

/**
 * A stream of things that belong to issues (comments, worklogs, histories, linked pull requests),
 * per project. Any change to them updates their issue, so a sync searches the issues updated since
 * the slice's cursor and keeps the children newer than it. Children come in issue order, not in
 * their own cursor's order: a project's cursor moves when the project is done, to the newest
 * update among the issues searched.
 */
export abstract class IssueChildStream extends ProjectIncrementalStream {
  /** Issue fields the search returns (only what the children need). */
  protected abstract readonly searchFields: string;

  /** The fields to search with; a stream may add site-specific ones (custom field ids). */
  protected searchFieldList(): Promise<string> {
    return Promise.resolve(this.searchFields);
  }
  /** Search expansions, if any. */
  protected readonly searchExpand: string | undefined = undefined;

  /** The children of one issue, as records; `bookmark` is the slice's saved cursor. */
  protected abstract children(
    client: JiraClient,
    issue: JiraRecord,
    signal: AbortSignal,
    bookmark: unknown,
  ): AsyncIterable<JiraRecord>;

  protected async searchSpec(): Promise<IssueSearchSpec> {
    const fields = await this.searchFieldList();
    return this.searchExpand ? { fields, expand: this.searchExpand } : { fields };
  }

  async *read(ctx: ReadContext<JiraConfig, ProjectSlice>): AsyncGenerator<JiraRecord> {
    const client = await this.client();
    const seen = new Set<string>();
    let highest: number | undefined;
    const higher = (ms: number | undefined): void => {
      if (ms !== undefined && (highest === undefined || ms > highest)) highest = ms;
    };
    let moved = false;
    for await (const issue of await this.issuesOf(ctx)) {
      higher(jiraMs(((issue.fields ?? {}) as JiraRecord).updated));
      // An issue seen twice was updated while the search was paged: the issues after its old place
      // moved up a page and one may have been passed over, so the newest issue proves nothing (the
      // cursor is then the newest child's, as before).
      if (seen.has(String(issue.id))) {
        moved = true;
        continue;
      }
      seen.add(String(issue.id));
      for await (const child of this.children(client, issue, ctx.signal, ctx.bookmark)) {
        if (this.isOld(jiraMs(child.updated), ctx.bookmark)) continue;
        higher(jiraMs(child.updated));
        yield child;
      }
    }
    // The cursor says how far the issues were searched, not only the newest child: every issue
    // updated up to there was read (a child updates its issue), so the next search starts from the
    // same time as the other issue streams' and can share their search (see SharedIssuePages).
    if (highest !== undefined && !moved) ctx.setCursor(highest);
  }
}
