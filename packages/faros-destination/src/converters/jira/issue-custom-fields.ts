import type { ConverterContext } from '../converter.js';
import { fieldError, isObject, optionalString, type RecordObject, requiredId, within } from '../record-fields.js';
import { detectedFieldIds } from './jira-shared.js';
import { jiraEpochMs } from './jira-time.js';

// Jira Cloud's ids for these fields on a new site; used only when nothing else names them.
const CLOUD_STORY_POINTS = 'customfield_10016';
const CLOUD_EPIC_LINK = 'customfield_10014';

/** The custom fields of one issue that Faros reads, resolved to their values. */
export interface IssueCustomFields {
  /** Story points; undefined when no story points field is known, null when known and empty. */
  readonly points: number | null | undefined;
  /** The issue's current sprint id; undefined when no sprint field is known, null when known and empty. */
  readonly sprintId: string | null | undefined;
  /** The epic's issue key from the epic link field; undefined when no such field is known. */
  readonly epicKey: string | null | undefined;
}

/**
 * Reads story points, sprint and epic link of an issue from its `fields` object. Field ids come
 * from the settings, else from what `issue_fields` detected, else from the record's own `names`
 * map (`expand=names`), else from shape (a sprint value is a list of sprints) and Jira Cloud's
 * default ids. Errors name fields below `fields` (the caller runs this `within` its path).
 */
export function readIssueCustomFields(
  fields: RecordObject,
  names: RecordObject | undefined,
  context: ConverterContext,
): IssueCustomFields {
  const detected = detectedFieldIds(context);
  const { settings } = context;
  const byName = (wanted: readonly string[]): string[] =>
    names === undefined
      ? []
      : Object.entries(names)
          .filter(([, n]) => typeof n === 'string' && wanted.includes(n.trim().toLowerCase()))
          .map(([id]) => id);

  const pointIds = pick(
    settings.jiraStoryPointsFieldId,
    detected.storyPoints,
    byName(['story points', 'story point estimate']),
  );
  const sprintIds = pick(settings.jiraSprintFieldId, detected.sprint, byName(['sprint']));
  const epicIds = pick(settings.jiraEpicLinkFieldId, detected.epicLink, byName(['epic link']));

  return {
    points: readPoints(fields, pointIds ?? [CLOUD_STORY_POINTS], pointIds === undefined),
    sprintId: readSprint(fields, sprintIds ?? sprintFieldsByShape(fields), sprintIds === undefined),
    epicKey: readEpicLink(fields, epicIds ?? [CLOUD_EPIC_LINK], epicIds === undefined),
  };
}

function pick(setting: string | undefined, detected: readonly string[], fromNames: string[]): string[] | undefined {
  if (setting !== undefined && setting !== '') return [setting];
  if (detected.length > 0) return [...detected];
  if (fromNames.length > 0) return fromNames;
  return undefined;
}

// A guessed field id that is absent from the record says nothing: the result is then undefined
// (column left alone) rather than null (column cleared).
function readPoints(fields: RecordObject, ids: readonly string[], guessed: boolean): number | null | undefined {
  let present = false;
  for (const id of ids) {
    const v = fields[id];
    if (v === undefined) continue;
    present = true;
    if (v === null) continue;
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      throw fieldError(id, `expected story points as a number, got ${JSON.stringify(v)}`);
    }
    return n;
  }
  return guessed && !present ? undefined : null;
}

function readEpicLink(fields: RecordObject, ids: readonly string[], guessed: boolean): string | null | undefined {
  let present = false;
  for (const id of ids) {
    const v = fields[id];
    if (v === undefined) continue;
    present = true;
    if (typeof v === 'string' && v !== '') return v;
    if (isObject(v) && typeof v.key === 'string') return v.key;
  }
  return guessed && !present ? undefined : null;
}

/** One sprint as the sprint field lists it. */
interface SprintValue {
  readonly id: string;
  readonly state: string;
  readonly endMs: number;
}

function readSprint(fields: RecordObject, ids: readonly string[], guessed: boolean): string | null | undefined {
  let present = false;
  for (const id of ids) {
    const v = fields[id];
    if (v === undefined) continue;
    present = true;
    const sprints = (Array.isArray(v) ? v : [v]).flatMap((item, i) => sprintValue(item, `${id}.${i}`));
    const current = currentSprint(sprints);
    if (current !== undefined) return current;
  }
  return guessed && !present ? undefined : null;
}

/** Custom fields whose value looks like a sprint list (objects with `id`, `state` and `boardId`). */
function sprintFieldsByShape(fields: RecordObject): string[] {
  return Object.entries(fields)
    .filter(([id, v]) => id.startsWith('customfield_') && Array.isArray(v) && v.length > 0)
    .filter(([, v]) => (v as unknown[]).every((s) => isObject(s) && 'state' in s && 'boardId' in s && 'id' in s))
    .map(([id]) => id);
}

// Data Center and older Server versions serialize sprints as
// `com.atlassian.greenhopper.service.sprint.Sprint@1f[id=12,rapidViewId=3,state=CLOSED,name=S 1,...]`.
const LEGACY_SPRINT = /\[(.*)\]\s*$/;

function sprintValue(item: unknown, path: string): SprintValue[] {
  if (item === null || item === undefined) return [];
  if (isObject(item)) {
    const { id, state, end } = within(path, () => {
      const end = optionalString(item, 'completeDate') ?? optionalString(item, 'endDate');
      return { id: requiredId(item, 'id'), state: (optionalString(item, 'state') ?? '').toLowerCase(), end };
    });
    return [{ id, state, endMs: end ? jiraEpochMs(end, path) : 0 }];
  }
  if (typeof item === 'string') {
    const body = LEGACY_SPRINT.exec(item)?.[1];
    if (body === undefined) throw fieldError(path, `unreadable sprint ${JSON.stringify(item.slice(0, 80))}`);
    const attrs = new Map<string, string>();
    for (const m of body.matchAll(/(?:^|,)(\w+)=([^,]*)/g)) attrs.set(m[1] ?? '', m[2] ?? '');
    const id = attrs.get('id');
    if (id === undefined || id === '') throw fieldError(path, 'sprint without id');
    const end = attrs.get('completeDate') || attrs.get('endDate');
    const endMs = end && end !== '<null>' ? safeEpoch(end) : 0;
    return [{ id, state: (attrs.get('state') ?? '').toLowerCase(), endMs }];
  }
  throw fieldError(path, `expected a sprint object or string, got ${typeof item}`);
}

function safeEpoch(value: string): number {
  try {
    return jiraEpochMs(value, 'sprint');
  } catch {
    return 0;
  }
}

/**
 * The sprint an issue is in now: the active one, else a future one (the earliest listed), else
 * the closed sprint that ended last. The agile API's `fields.sprint` follows the same rule.
 */
export function currentSprint(sprints: readonly SprintValue[]): string | undefined {
  const active = sprints.find((s) => s.state === 'active');
  if (active) return active.id;
  const future = sprints.find((s) => s.state === 'future');
  if (future) return future.id;
  let last: SprintValue | undefined;
  for (const s of sprints) if (last === undefined || s.endMs >= last.endMs) last = s;
  return last?.id;
}
