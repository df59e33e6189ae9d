import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, optionalTime, type RecordObject, requiredString } from '../record-fields.js';
import { accountType } from './github-categories.js';
import { orgKey } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `organizations`: the `vcs_Organization` and the `cicd_Organization` (same key) its repositories' Actions
 * pipelines hang under.
 */
export const organizationsConverter: Converter = {
  source: 'github',
  stream: 'organizations',
  ownedModels: ['vcs_Organization', 'cicd_Organization'],
  convert: convertOrganization,
};

function* convertOrganization(record: RecordObject): Iterable<FarosRow> {
  const login = requiredString(record, 'login');
  const name = optionalString(record, 'name') ?? login;
  const url = optionalString(record, 'html_url');
  const description = optionalString(record, 'description');
  yield row(
    'vcs_Organization',
    knownValues({
      ...orgKey(login),
      name,
      url,
      type: { ...accountType(optionalString(record, 'type') ?? 'Organization') },
      createdAt: optionalTime(record, 'created_at'),
    }),
  );
  yield row('cicd_Organization', knownValues({ ...orgKey(login), name, url, description: description ?? null }));
}
