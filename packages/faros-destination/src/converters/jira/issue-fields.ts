import type { FarosRow } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import { optionalString, requiredString, withinObject } from '../record-fields.js';
import { addOnce, detectedFieldIds } from './jira-shared.js';

// Jira Software's custom field types for sprints and epic links; story points have no type of
// their own (a plain number field), so they are found by name.
const SPRINT_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';
const EPIC_LINK_TYPE = 'com.pyxis.greenhopper.jira:gh-epic-link';
const STORY_POINT_NAMES = new Set(['story points', 'story point estimate']);

/**
 * `issue_fields` (`GET /rest/api/3/field`): writes no rows. It detects the ids of the story points,
 * sprint and epic link custom fields and stores them in `context.shared` for `issues`, which uses
 * them when the settings do not name the fields.
 */
export const issueFieldsConverter: Converter = {
  source: 'jira',
  stream: 'issue_fields',
  ownedModels: [],
  convert(record: Readonly<Record<string, unknown>>, context: ConverterContext): Iterable<FarosRow> {
    const id = requiredString(record, 'id');
    const name = (optionalString(record, 'name') ?? '').trim().toLowerCase();
    const customType = withinObject(record, 'schema', (schema) => optionalString(schema, 'custom'));
    const ids = detectedFieldIds(context);
    if (customType === SPRINT_TYPE || name === 'sprint') addOnce(ids.sprint, id);
    if (customType === EPIC_LINK_TYPE || name === 'epic link') addOnce(ids.epicLink, id);
    if (STORY_POINT_NAMES.has(name)) addOnce(ids.storyPoints, id);
    return [];
  },
};
