import type { JiraChangelogEntry, JiraIssue } from '../world/index.js';
import { stableHash } from './jira-ids.js';
import { richText } from './jira-rich-text.js';
import { formatJiraTime } from './jira-time.js';
import { renderUserRef } from './jira-users.js';
import type { JiraView } from './jira-view.js';

// The world holds no comments or worklogs, so they are derived from each issue's changelog: a
// comment accompanies about a third of the edits (same author and time), and a worklog records the
// time spent each time work left "In Progress". Both only ever sit at or before `updated`, and ids are
// the history's id (comment and worklog ids are separate sequences in Jira).

const IN_PROGRESS = '3';

/** A comment of an issue. */
export interface JiraComment {
  readonly id: string;
  readonly issueId: string;
  readonly author: string | null;
  readonly text: string;
  readonly created: number;
}

/** A worklog of an issue. */
export interface JiraWorklog {
  readonly id: string;
  readonly issueId: string;
  readonly author: string | null;
  readonly text: string;
  readonly started: number;
  readonly seconds: number;
  readonly created: number;
}

const PHRASES = [
  'Picked this up; will post an update once the first part is in review.',
  'Looks good to me. Merging once CI is green.',
  'Blocked on the API change, waiting for the platform team.',
  'Added test coverage for the edge cases we discussed.',
  'Reproduced locally. The fix is small.',
  'Moved to the next sprint; capacity ran out.',
];

const statusChange = (entry: JiraChangelogEntry) => entry.items.find((item) => item.field === 'status');

/** The issue's comments, oldest first. */
export function commentsOf(issue: JiraIssue): JiraComment[] {
  return issue.changelog
    .filter((entry) => entry.author !== null && stableHash(`comment/${entry.id}`) % 3 === 0)
    .map((entry) => ({
      id: entry.id,
      issueId: issue.id,
      author: entry.author,
      text: PHRASES[stableHash(entry.id) % PHRASES.length] as string,
      created: entry.created,
    }));
}

/** The issue's worklogs, oldest first. */
export function worklogsOf(issue: JiraIssue): JiraWorklog[] {
  const worklogs: JiraWorklog[] = [];
  let startedAt: number | undefined;
  for (const entry of issue.changelog) {
    const change = statusChange(entry);
    if (!change) continue;
    if (change.to === IN_PROGRESS) startedAt = entry.created;
    else if (change.from === IN_PROGRESS && startedAt !== undefined) {
      // Whole minutes, at most one working day per stretch.
      const seconds = Math.min(8 * 3600, Math.max(60, Math.round((entry.created - startedAt) / 60_000) * 60));
      worklogs.push({
        id: entry.id,
        issueId: issue.id,
        author: entry.author,
        text: `Worked on ${issue.key}.`,
        started: startedAt,
        seconds,
        created: entry.created,
      });
      startedAt = undefined;
    }
  }
  return worklogs;
}

/** Jira's duration text with its 8-hour days and 5-day weeks: `1d 2h 30m`. */
export function formatDuration(seconds: number): string {
  const units: [string, number][] = [
    ['w', 5 * 8 * 3600],
    ['d', 8 * 3600],
    ['h', 3600],
    ['m', 60],
  ];
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join(' ') || '0m';
}

export function renderComment(view: JiraView, issue: JiraIssue, comment: JiraComment): Record<string, unknown> {
  const author = renderUserRef(view, comment.author);
  return {
    self: `${view.base}${view.site.api}/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    ...(author ? { author, updateAuthor: author } : {}),
    body: richText(view, comment.text),
    created: formatJiraTime(comment.created),
    updated: formatJiraTime(comment.created),
    ...(view.site.flavor === 'cloud' ? { jsdPublic: true } : {}),
  };
}

export function renderWorklog(view: JiraView, issue: JiraIssue, worklog: JiraWorklog): Record<string, unknown> {
  const author = renderUserRef(view, worklog.author);
  return {
    self: `${view.base}${view.site.api}/issue/${issue.id}/worklog/${worklog.id}`,
    ...(author ? { author, updateAuthor: author } : {}),
    comment: richText(view, worklog.text),
    created: formatJiraTime(worklog.created),
    updated: formatJiraTime(worklog.created),
    started: formatJiraTime(worklog.started),
    timeSpent: formatDuration(worklog.seconds),
    timeSpentSeconds: worklog.seconds,
    id: worklog.id,
    issueId: issue.id,
  };
}

/** A changelog history as Jira renders it; a deleted author is left out. */
export function renderHistory(view: JiraView, entry: JiraChangelogEntry): Record<string, unknown> {
  const author = renderUserRef(view, entry.author);
  return {
    id: entry.id,
    ...(author ? { author } : {}),
    created: formatJiraTime(entry.created),
    items: entry.items.map((item) => ({
      field: item.field,
      fieldtype: item.fieldtype,
      ...(view.site.flavor === 'cloud' ? { fieldId: item.fieldId } : {}),
      from: item.from,
      fromString: item.fromString,
      to: item.to,
      toString: item.toString,
    })),
  };
}
