import type { JiraIssue } from '../world/index.js';
import { JIRA_TRANSITIONS } from '../world/jira-catalog.js';
import { renderHistory } from './jira-activity.js';
import { renderStatus } from './jira-catalog-render.js';
import { renderIssueFields } from './jira-issue-fields.js';
import { toHtml } from './jira-rich-text.js';
import type { JiraView } from './jira-view.js';

/** How to render an issue: the selected fields and the `expand` options. */
export interface IssueRenderOptions {
  readonly fields: ReadonlySet<string>;
  readonly expand: ReadonlySet<string>;
  /** Add the agile fields (`sprint`, `closedSprints`, `flagged`, `epic`) the agile API returns. */
  readonly agile?: boolean;
  /** How many changelog histories `expand=changelog` embeds (oldest first); the rest are paged separately. */
  readonly changelogLimit?: number;
}

const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

/** `dd/MMM/yy h:mm AM`, how rendered fields show times. */
function renderedTime(ms: number): string {
  const d = new Date(ms);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const hours = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${day}/${month}/${String(d.getUTCFullYear()).slice(2)} ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

function renderedFields(issue: JiraIssue, fields: ReadonlySet<string>): Record<string, unknown> {
  const rendered: Record<string, unknown> = {};
  if (fields.has('description')) rendered.description = issue.description === null ? null : toHtml(issue.description);
  if (fields.has('created')) rendered.created = renderedTime(issue.created);
  if (fields.has('updated')) rendered.updated = renderedTime(issue.updated);
  if (fields.has('resolutiondate')) {
    rendered.resolutiondate = issue.resolutionDate === null ? null : renderedTime(issue.resolutionDate);
  }
  return rendered;
}

function transitions(view: JiraView, issue: JiraIssue): Record<string, unknown>[] {
  return (JIRA_TRANSITIONS[issue.statusId] ?? []).map((status) => ({
    id: String((Number(status.id) % 1000) + 10),
    name: status.name,
    to: renderStatus(view, status),
    hasScreen: false,
    isGlobal: false,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    looped: false,
  }));
}

/** The `names` and `schema` maps of the rendered fields. */
export function fieldMetadata(
  view: JiraView,
  fields: Iterable<string>,
): { names: Record<string, string>; schema: Record<string, unknown> } {
  const names: Record<string, string> = {};
  const schema: Record<string, unknown> = {};
  for (const id of fields) {
    const field = view.site.world.jira.fields.get(id);
    if (!field) continue;
    names[id] = field.name;
    if (field.schema !== null) schema[id] = field.schema;
  }
  return { names, schema };
}

/** An issue bean with its fields and expansions, as search and issue endpoints return it. */
export function renderIssue(view: JiraView, issue: JiraIssue, options: IssueRenderOptions): Record<string, unknown> {
  const { expand } = options;
  const fields = renderIssueFields(view, issue, options.fields, options.agile);
  const body: Record<string, unknown> = {
    expand: ISSUE_EXPAND,
    id: issue.id,
    self: `${view.base}${view.site.api}/issue/${issue.id}`,
    key: issue.key,
  };
  if (expand.has('renderedFields')) body.renderedFields = renderedFields(issue, options.fields);
  if (expand.has('names') || expand.has('schema')) {
    const metadata = fieldMetadata(view, Object.keys(fields));
    if (expand.has('names')) body.names = metadata.names;
    if (expand.has('schema')) body.schema = metadata.schema;
  }
  if (expand.has('transitions')) body.transitions = transitions(view, issue);
  if (expand.has('changelog')) {
    const limit = options.changelogLimit ?? issue.changelog.length;
    const histories = issue.changelog.slice(0, limit);
    body.changelog = {
      startAt: 0,
      maxResults: histories.length,
      total: issue.changelog.length,
      histories: histories.map((entry) => renderHistory(view, entry)),
    };
  }
  body.fields = fields;
  return body;
}

/** `expand=a,b` (or an array of them) as a set. */
export function expansions(value: string | readonly string[] | undefined): Set<string> {
  const items = typeof value === 'string' ? [value] : (value ?? []);
  return new Set(
    items
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  );
}
