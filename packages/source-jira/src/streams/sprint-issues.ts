import type { ReadContext, SliceContext, StreamSlice } from '@faros-ce/sdk';
import { agileIssues } from '../client/agile-issues.js';
import type { JiraConfig } from '../generated/config.js';
import type { JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { sprintIssuesSchema } from '../schemas/issue-schemas.js';
import { changedInSharedSearch } from './changed-in-shared-search.js';
import { changedSprints } from './changed-sprints.js';
import { TimeCursorStream } from './jira-stream.js';

const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';

/** A slice per sprint: keyed by its id while open, by {@link closedSprintKey} once closed. */
export interface SprintSlice extends StreamSlice {
  readonly key: string;
  readonly sprintId: number;
  /** Closed sprints: epoch ms of `completeDate` (else `endDate`, else 0). */
  readonly closedMs?: number;
}

/**
 * The state key of a closed sprint. Its cursor is only committed when the sprint was read in full
 * after it closed, so a saved cursor under this key means "nothing left to read". A new key (not
 * the sprint id) keeps older states meaning "nothing known": their closed sprints are read once more.
 */
export function closedSprintKey(sprintId: number): string {
  return `closed-${sprintId}`;
}

/**
 * `sprint_issues`: per sprint, its issues updated since the sprint's cursor, with status and story
 * points; `id` is `<sprintId>-<issueId>` as in Airbyte's source, since an issue can be in many sprints.
 * A closed sprint is read one last time after it closes, then skipped: its issue list is final.
 */
export class SprintIssues extends TimeCursorStream {
  readonly name = 'sprint_issues';
  readonly jsonSchema = sprintIssuesSchema;
  override readonly primaryKey = [['id']];

  override async *slices(ctx: SliceContext<JiraConfig>): AsyncGenerator<SprintSlice> {
    const open: SprintSlice[] = [];
    let synced = false; // a sprint has a saved cursor: not the stream's first sync
    for (const sprint of await this.jira.sprints()) {
      const sprintId = Number(sprint.id);
      synced ||=
        ctx.savedCursor(String(sprintId)) !== undefined || ctx.savedCursor(closedSprintKey(sprintId)) !== undefined;
      if (sprint.state !== 'closed') {
        open.push({ key: String(sprintId), sprintId });
        continue;
      }
      const key = closedSprintKey(sprintId);
      if (ctx.savedCursor(key) !== undefined) continue; // read in full since it closed
      yield { key, sprintId, closedMs: jiraMs(sprint.completeDate) ?? jiraMs(sprint.endDate) ?? 0 };
    }
    const changed = synced ? await this.changedOpenSprints(open, ctx) : undefined;
    for (const slice of open) if (!changed || changed.has(slice.sprintId)) yield slice;
  }

  /**
   * On an incremental sync, the open sprints with an issue updated past their cursor; the others
   * would read nothing. Found in the issue searches the issue streams made earlier in the run when
   * they cover every open sprint (see {@link changedInSharedSearch}), else by one search (see
   * {@link changedSprints}). Undefined (read them all) in full refresh or when the site has no
   * Sprint field to tell which sprint an issue is in. Not called on a first sync, which reads every
   * sprint anyway (a search first would only add calls).
   */
  private async changedOpenSprints(
    open: readonly SprintSlice[],
    ctx: SliceContext<JiraConfig>,
  ): Promise<Set<number> | undefined> {
    if (ctx.syncMode !== 'incremental' || open.length === 0) return undefined;
    const sprintField = (await this.jira.fields()).find(
      (f) => (f.schema as { custom?: unknown } | undefined)?.custom === SPRINT_FIELD_TYPE,
    )?.id;
    if (typeof sprintField !== 'string') return undefined;
    const candidates = open.map((s) => ({ sprintId: s.sprintId, sinceMs: this.sinceMs(ctx.savedCursor(s.key)) }));
    const isNew = (sprintId: number, updatedMs: number | undefined) =>
      !this.isOld(updatedMs, ctx.savedCursor(String(sprintId)));
    const found = await changedInSharedSearch(this.jira, { candidates, sprintField, isNew });
    if (found) return found;
    return changedSprints(await this.client(), {
      candidates,
      sprintField,
      isNew,
      pageSize: ctx.config.page_size,
      signal: ctx.signal,
    });
  }

  async *read(ctx: ReadContext<JiraConfig, SprintSlice>): AsyncGenerator<JiraRecord> {
    const client = await this.client();
    const points = await this.jira.storyPointFieldIds();
    const closed = ctx.slice.closedMs !== undefined;
    // A sprint's last read starts where its reads while open stopped (their key is its id).
    const bookmark = closed ? ctx.savedCursor(String(ctx.slice.sprintId)) : ctx.bookmark;
    const issues = agileIssues(client, {
      url: `/rest/agile/1.0/sprint/${ctx.slice.sprintId}/issue`,
      sinceMs: this.sinceMs(bookmark),
      // `sprint` and `closedSprints` tell Faros which sprint is the issue's current one.
      fields: ['key', 'status', 'created', 'updated', 'sprint', 'closedSprints', ...points].join(','),
      pageSize: ctx.config.page_size,
      signal: ctx.signal,
    });
    // Read before this listing: every issue of the sprint updated up to it is listed now.
    const seenUpTo = this.jira.latestIssueUpdate();
    let highest = jiraMs(bookmark) ?? 0;
    let listed = 0;
    for await (const issue of issues) {
      listed++;
      const fields = (issue.fields ?? {}) as JiraRecord;
      const updated = jiraMs(fields.updated);
      if (this.isOld(updated, bookmark)) continue;
      if (updated !== undefined && updated > highest) highest = updated;
      yield {
        ...issue,
        id: `${ctx.slice.sprintId}-${issue.id}`,
        issueId: String(issue.id),
        sprintId: ctx.slice.sprintId,
        created: fields.created,
        updated: fields.updated,
      };
    }
    // Always a cursor, even for an empty sprint: its presence marks the closed sprint as done.
    if (closed) ctx.setCursor(Math.max(highest, ctx.slice.closedMs ?? 0));
    // An open sprint's cursor says how far it was read, not only its newest issue: it then keeps
    // up with its projects' cursors, so the next sync can tell from the shared issue search
    // whether the sprint changed (see changedInSharedSearch). Only from a listing of one page: across
    // pages, an issue leaving the sprint meanwhile moves the rest up and one may be passed over.
    // (Fewer issues than the agile API's default page of 50, and than asked, came in one page.)
    else if (seenUpTo !== undefined && listed < Math.min(ctx.config.page_size, 50)) {
      ctx.setCursor(Math.max(highest, seenUpTo));
    }
  }
}
