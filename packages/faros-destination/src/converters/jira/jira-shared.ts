import type { ConverterContext } from '../converter.js';

// Facts Jira streams pass each other through `context.shared`. Keys start with `jira.` as the
// contract asks. Streams arrive in any order, so every reader has a fallback when a fact is absent.

/** Custom-field ids of the fields Faros needs, as `issue_fields` detected them (candidates in order). */
export interface JiraFieldIds {
  readonly storyPoints: string[];
  readonly sprint: string[];
  readonly epicLink: string[];
}

const FIELD_IDS = 'jira.fieldIds';
const PROJECT_KEYS = 'jira.projectKeysById';
const STATUS_CATEGORIES = 'jira.statusCategoriesById';

/** The detected field ids, created empty on first use. */
export function detectedFieldIds(context: ConverterContext): JiraFieldIds {
  let ids = context.shared.get(FIELD_IDS) as JiraFieldIds | undefined;
  if (ids === undefined) {
    ids = { storyPoints: [], sprint: [], epicLink: [] };
    context.shared.set(FIELD_IDS, ids);
  }
  return ids;
}

/** Project id → project key, learned from `projects`, `issues` and `boards`. */
export function projectKeysById(context: ConverterContext): Map<string, string> {
  return sharedMap(context, PROJECT_KEYS);
}

/** Status id → Faros category, learned from the statuses issues are in. */
export function statusCategoriesById(context: ConverterContext): Map<string, string> {
  return sharedMap(context, STATUS_CATEGORIES);
}

function sharedMap(context: ConverterContext, key: string): Map<string, string> {
  let map = context.shared.get(key) as Map<string, string> | undefined;
  if (map === undefined) {
    map = new Map();
    context.shared.set(key, map);
  }
  return map;
}

/** Adds `id` to `list` unless present. */
export function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}
