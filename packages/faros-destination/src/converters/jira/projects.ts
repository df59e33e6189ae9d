import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import { optionalId, optionalString, requiredString } from '../record-fields.js';
import { adfText } from './adf-text.js';
import { jiraKey, truncate } from './jira-keys.js';
import { projectKeysById } from './jira-shared.js';

/**
 * `projects` (`GET /rest/api/3/project/search`): one `tms_Project` per project, keyed by project key
 * (the key issues and boards name it by). Remembers id → key for `project_versions`, whose records
 * carry only the project id.
 */
export const projectsConverter: Converter = {
  source: 'jira',
  stream: 'projects',
  ownedModels: ['tms_Project'],
  *convert(record: Readonly<Record<string, unknown>>, context: ConverterContext): Iterable<FarosRow> {
    const key = requiredString(record, 'key');
    const id = optionalId(record, 'id');
    if (id !== undefined) projectKeysById(context).set(id, key);
    const values: Record<string, string | null> = { ...jiraKey(key), name: optionalString(record, 'name') ?? null };
    // Older and Data Center answers may carry an ADF or wiki description; both become text.
    const description = adfText(record.description, 'description');
    if (description !== undefined) {
      values.description = truncate(description, context.settings.jiraMaxDescriptionLength);
    }
    yield row('tms_Project', values);
  },
};
